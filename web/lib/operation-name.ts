import type { DocumentNode } from 'graphql';

/** The name of a document's operation (documents crossing from the server are compared by it). */
export const operationName = (query: DocumentNode) =>
  query.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []))[0];
