import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships CommonJS and ESM builds; yoga loads the CommonJS one, so tests must too, or
// `instanceof GraphQLError` fails and expected errors get masked.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

// Each test file opens its own fresh database (see @naboskab/db/testing).
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: { include: ['test/**/*.test.ts'], testTimeout: 30_000, hookTimeout: 60_000, maxWorkers: 2 },
});
