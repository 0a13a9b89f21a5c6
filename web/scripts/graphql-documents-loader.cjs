// Build-time loader (next.config.ts): replaces each graphql(`…`) call with the one document it
// names, copied from the generated gql/graphql.ts. The generated graphql() function looks its
// argument up in a map of ALL documents (~250 KiB), so calling it put every document in every
// bundle; inlined, a bundle holds only the documents its components use. Types are unaffected
// (tsc checks the source, where graphql() keeps its typed overloads).
const { readFileSync, statSync } = require('node:fs');
const path = require('node:path');

const generatedFolder = path.join(__dirname, '../gql');
const generatedDocuments = path.join(generatedFolder, 'graphql.ts');
// gql/gql.ts maps the exact source text of every graphql() call codegen saw to its document.
const generatedSources = path.join(generatedFolder, 'gql.ts');
let cache = { version: '', documents: new Map(), sources: new Map() };

function generated() {
  const version = [generatedDocuments, generatedSources].map((file) => statSync(file).mtimeMs).join();
  if (version !== cache.version) {
    const documents = readFileSync(generatedDocuments, 'utf8').matchAll(
      /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm,
    );
    const sources = readFileSync(generatedSources, 'utf8').matchAll(/^ {4}(".*"): types\.(\w+),$/gm);
    cache = {
      version,
      documents: new Map([...documents].map((m) => [m[1], m[2]])),
      sources: new Map([...sources].map((m) => [JSON.parse(m[1]), m[2]])),
    };
  }
  return cache;
}

module.exports = function graphqlDocumentsLoader(source) {
  // Our own sources only (the generated folder's comments show graphql() calls too).
  if (!source.includes('graphql(`') || /[\\/](gql|node_modules)[\\/]/.test(this.resourcePath)) return source;
  const { documents, sources } = generated();
  const inlined = source.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, body) => {
    // A document codegen has not seen as it stands now (new, or edited since the last generate)
    // must fail the build: inlining the last output would ship the old query text. Codegen appends
    // every fragment a document spreads, so a document it saw unchanged is whole too.
    const exported = sources.get(body);
    const document = exported && documents.get(exported);
    if (!document) {
      const [definition] = /\b(query|mutation|subscription|fragment)\s+\w+/.exec(body) ?? ['a document'];
      throw new Error(
        `${this.resourcePath}: ${definition} differs from the generated one (new or edited since the last generate); run \`npm run generate\``,
      );
    }
    return `(${document})`;
  });
  // The import of graphql() is now unused: dropping it keeps gql/gql.ts out of the bundle.
  return inlined.replace(/^import \{ graphql \} from '(\.\.\/)+gql';\n/m, '');
};
