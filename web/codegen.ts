import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents come from the API's committed schema, regenerated on every `generate`.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['app/**/*.tsx', 'components/**/*.{ts,tsx}', 'map/**/*.tsx', 'lib/**/*.ts'],
  ignoreNoDocuments: true,
  generates: {
    './gql/': {
      preset: 'client',
      // Fragments are plain types: components receive exactly what their fragment selects.
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown', Date: 'string', DateTime: 'string' },
      },
    },
    // Apollo's cache must know which types implement `Error` (and fill unions), or
    // `...MutationFailure` (a fragment on Error) inside a result union silently matches nothing.
    './gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
