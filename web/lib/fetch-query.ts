'use client';

import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { defaultLocale, isLocale } from './i18n/locale';
import { operationName } from './operation-name';
import { printDocument } from './print-document';

/**
 * One read-only query through the same-origin /graphql proxy, without Apollo: for a map route's
 * data, drawn once and never changed by a mutation on the page, so it needs no normalised cache,
 * and the route's first JS holds no Apollo, rxjs or graphql runtime (issue 15). Anything a
 * mutation must refresh stays with Apollo (useAppQuery).
 */
export async function fetchQuery<TData, TVars extends OperationVariables>(
  query: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  signal?: AbortSignal,
): Promise<TData> {
  const lang = document.documentElement.lang;
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    signal,
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      // graphql-yoga rejects requests without this header (CSRF prevention).
      'x-graphql-yoga-csrf': '1',
      'accept-language': isLocale(lang) ? lang : defaultLocale,
    },
    body: JSON.stringify({ operationName: operationName(query), query: printDocument(query), variables }),
  });
  const body = (await response.json()) as { data?: TData | null; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(body.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`);
  }
  return body.data;
}

type State<TData> = { key: string; data: TData | undefined; error: Error | undefined; loading: boolean };

/**
 * fetchQuery as a hook, read like useAppQuery: `data` answers the current variables (none
 * while they load), `previousData` is the last answer of any, and `refetch`'s promise fails as
 * the query does (for RetryAlert). `fetchMore` asks with some variables changed (the next page)
 * and merges that answer into the shown one.
 */
export function useFetchQuery<TData, TVars extends OperationVariables>(
  query: TypedDocumentNode<TData, TVars>,
  variables: NoInfer<TVars>,
) {
  // Variables compared by value: a new object with the same filter is the same query.
  const key = JSON.stringify(variables);
  const [state, setState] = useState<State<TData>>({ key, data: undefined, error: undefined, loading: true });
  const previous = useRef<TData | undefined>(undefined);
  const latest = useRef<AbortController | null>(null);

  const run = useCallback(async () => {
    latest.current?.abort(); // only the newest answer is shown
    const controller = new AbortController();
    latest.current = controller;
    setState((s) => ({ ...s, error: undefined, loading: true }));
    try {
      const data = await fetchQuery(query, JSON.parse(key) as TVars, controller.signal);
      if (!controller.signal.aborted) setState({ key, data, error: undefined, loading: false });
    } catch (error) {
      if (!controller.signal.aborted) {
        setState((s) => ({
          key,
          data: s.key === key ? s.data : undefined,
          error: error as Error,
          loading: false,
        }));
      }
      throw error;
    }
  }, [query, key]);

  const fetchMore = useCallback(
    async (more: Partial<TVars>, merge: (shown: TData, page: { fetchMoreResult: TData }) => TData) => {
      const next = await fetchQuery(query, { ...(JSON.parse(key) as TVars), ...more });
      setState((s) =>
        s.key === key && s.data ? { ...s, data: merge(s.data, { fetchMoreResult: next }) } : s,
      );
    },
    [query, key],
  );

  useEffect(() => {
    run().catch(() => {}); // shown through `error`
    return () => latest.current?.abort();
  }, [run]);

  if (state.data !== undefined) previous.current = state.data;
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    previousData: previous.current,
    error: current ? state.error : undefined,
    loading: !current || state.loading,
    refetch: run,
    fetchMore,
  };
}
