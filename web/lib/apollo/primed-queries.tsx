'use client';

import type { ApolloClient, DocumentNode } from '@apollo/client';
import { createContext, type ReactNode, useContext, useState } from 'react';
import { operationName } from '../operation-name';
import type { PrimedQuery } from '../server/graphql';

const PrimedContext = createContext<readonly PrimedQuery[]>([]);

/**
 * Queries answered on the server (primeQuery), for the islands below: useAppQuery answers from
 * them before the browser's client has loaded, on the server and while hydrating, so the sections
 * arrive complete in the HTML with no "Henter …" and no request through the proxy; when the
 * client arrives they are written into its cache first, so the islands' queries find them there.
 * Later changes reach them as before (refetch by document after a mutation).
 */
export function PrimedQueries({
  queries,
  children,
}: {
  queries: (PrimedQuery | null)[];
  children: ReactNode;
}) {
  // Kept from the first render: a router.refresh() must not write older answers over the cache.
  const [answered] = useState(() => queries.filter((q) => q !== null));
  return <PrimedContext value={answered}>{children}</PrimedContext>;
}

export const usePrimedQueries = () => useContext(PrimedContext);

/** The server's answer to this query with these variables, if it gave one (its document came
 *  across as JSON, not the same object: matched by operation name). */
export function primedAnswer(primed: readonly PrimedQuery[], query: DocumentNode, variables: object) {
  const name = operationName(query);
  const key = variablesKey(variables);
  return primed.find((p) => operationName(p.query) === name && variablesKey(p.variables) === key)?.data;
}

const written = new WeakSet<readonly PrimedQuery[]>();

/** Writes the answers into the client's cache, once per page that primed them. */
export function writePrimedQueries(client: ApolloClient, primed: readonly PrimedQuery[]) {
  if (written.has(primed)) return;
  written.add(primed);
  for (const { query, variables, data } of primed) client.writeQuery({ query, variables, data } as never);
}

// Variables compared by value, in any key order.
const variablesKey = (variables: object) =>
  JSON.stringify(variables, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
