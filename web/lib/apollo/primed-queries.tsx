'use client';

import { useApolloClient } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import type { PrimedQuery } from '../server/graphql';

/**
 * Puts queries answered on the server (primeQuery) into Apollo's cache before the islands below
 * render, on the server and in the browser alike, so their useQuery finds the data at once: the
 * sections arrive complete in the HTML, with no "Henter …" and no request through the proxy.
 * Later changes reach them as before (refetch by document after a mutation).
 */
export function PrimedQueries({
  queries,
  children,
}: {
  queries: (PrimedQuery | null)[];
  children: ReactNode;
}) {
  const client = useApolloClient();
  useState(() => {
    for (const primed of queries) if (primed) client.writeQuery(primed as never);
  });
  return children;
}
