// The documents loader against the generated gql/ of this tree (`npm test` runs generate first).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import graphqlDocumentsLoader from './graphql-documents-loader.cjs';

const web = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
// The folders codegen.ts reads documents from.
const sources = ['app', 'components', 'map', 'lib']
  .flatMap((folder) =>
    readdirSync(path.join(web, folder), { recursive: true }).map((file) => path.join(folder, file)),
  )
  .filter((file) => /\.tsx?$/.test(file))
  .map((file) => ({ resourcePath: path.join(web, file), text: readFileSync(path.join(web, file), 'utf8') }))
  .filter(({ text }) => text.includes('graphql(`'));

const load = ({ resourcePath, text }) => graphqlDocumentsLoader.call({ resourcePath }, text);

test('inlines every document as generated', () => {
  assert.ok(sources.length > 0);
  for (const source of sources) assert.doesNotMatch(load(source), /\bgraphql\(/, source.resourcePath);
});

test('fails on a document edited since the last generate', () => {
  const [source] = sources;
  const edited = source.text.replace(/graphql\(`([^{`]*)\{/, 'graphql(`$1{\n    __typename');
  assert.notEqual(edited, source.text);
  assert.throws(() => load({ ...source, text: edited }), /differs from the generated one.*npm run generate/);
});

test('fails on a document codegen has not seen', () => {
  const text = 'const Q = graphql(`\n  query NeverGenerated {\n    viewer { id }\n  }\n`);\n';
  assert.throws(
    () => load({ resourcePath: path.join(web, 'app/new.tsx'), text }),
    /query NeverGenerated differs/,
  );
});
