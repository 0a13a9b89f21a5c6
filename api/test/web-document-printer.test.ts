import { type DocumentNode, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as generated from '../../web/gql/graphql.ts';
import { printDocument } from '../../web/lib/print-document.ts';

// The map routes send their queries printed by the web's compact printer instead of graphql's
// `print` (issue 15: bundle size). Every document the web has must come back the same when the
// API parses what that printer wrote; a case the printer misses would reach users as a broken page.
const documents = Object.entries(generated).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && (entry[1] as { kind?: string })?.kind === 'Document',
);

describe("the web's compact GraphQL printer", () => {
  it('finds the generated documents', () => {
    expect(documents.length).toBeGreaterThan(100);
  });

  it.each(documents)('%s parses back to the same document', (_name, document) => {
    expect(print(parse(printDocument(document)))).toBe(print(document));
  });

  it('prints literal values, aliases, directives and escapes as GraphQL reads them', () => {
    const source = `query Q($a: [Int!]! = [1, 2], $b: String = "x\\"y\\\\z\\n") {
      one: node(id: "1") @include(if: true) { id ... on Area { name } ...F }
      search(filter: { kind: ROOM, from: 1.5, list: [null, false] }) { id }
    }
    fragment F on Node @skip(if: false) { id }`;
    const document = parse(source);
    expect(print(parse(printDocument(document)))).toBe(print(document));
  });
});
