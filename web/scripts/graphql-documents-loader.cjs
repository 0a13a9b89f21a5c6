// Build-time loader (next.config.ts): replaces each graphql(`…`) call with the one document it
// names, copied from the generated gql/graphql.ts. The generated graphql() function looks its
// argument up in a map of ALL documents (~250 KiB), so calling it put every document in every
// bundle; inlined, a bundle holds only the documents its components use. Types are unaffected
// (tsc checks the source, where graphql() keeps its typed overloads).
const { readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const generated = path.join(__dirname, '../gql/graphql.ts');
let cache = { mtimeMs: 0, documents: new Map() };

function documents() {
  const { mtimeMs } = statSync(generated);
  if (mtimeMs !== cache.mtimeMs) {
    const text = readFileSync(generated, 'utf8');
    const pattern = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm;
    cache = { mtimeMs, documents: new Map([...text.matchAll(pattern)].map((m) => [m[1], m[2]])) };
  }
  return cache.documents;
}

module.exports = function graphqlDocumentsLoader(source) {
  // Our own sources only (the generated folder's comments show graphql() calls too).
  if (!source.includes('graphql(`') || /[\\/](gql|node_modules)[\\/]/.test(this.resourcePath)) return source;
  const known = documents();
  const inlined = source.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, body) => {
    const [, kind, name] = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(body) ?? [];
    const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
    const document = known.get(exported);
    // A document codegen has not seen (generate not run) must fail the build, not ship empty.
    if (!document) throw new Error(`${this.resourcePath}: no generated ${exported}; run generate`);
    // Codegen appends the definition of every fragment a document spreads (`...MutationFailure`),
    // so the inlined document is whole. One it lacks (an unknown fragment, which makes generate
    // fail and keeps the last output) would send a stale document: fail the build instead.
    for (const [, fragment] of body.matchAll(/\.\.\.\s*(?!on\b)([_A-Za-z]\w*)/g)) {
      if (!document.includes(`"FragmentDefinition","name":{"kind":"Name","value":"${fragment}"}`)) {
        throw new Error(`${this.resourcePath}: ${exported} has no fragment ${fragment}; run generate`);
      }
    }
    return `(${document})`;
  });
  // The import of graphql() is now unused: dropping it keeps gql/gql.ts out of the bundle.
  return inlined.replace(/^import \{ graphql \} from '(\.\.\/)+gql';\n/m, '');
};
