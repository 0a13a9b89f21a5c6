import type {
  ApolloClient,
  ErrorLike,
  ErrorPolicy,
  ObservableQuery,
  OperationVariables,
  TypedDocumentNode,
} from '@apollo/client';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { PrimedQuery } from '../server/graphql';
import { loadBrowserClient, loadedBrowserClient, onBrowserClientLoaded } from './browser-client';
import { primedAnswer, usePrimedQueries, writePrimedQueries } from './primed-queries';

export interface AppQueryOptions<TVariables> {
  variables?: TVariables;
  /** Ask nothing for now: no data, not loading (Apollo's "standby"). */
  skip?: boolean;
  fetchPolicy?: 'cache-first' | 'network-only' | 'cache-and-network';
  errorPolicy?: ErrorPolicy;
  notifyOnNetworkStatusChange?: boolean;
}

/** Variables are required when the document has required ones. */
type OptionsArgument<TVariables> =
  Record<string, never> extends TVariables
    ? [options?: AppQueryOptions<TVariables>]
    : [options: AppQueryOptions<TVariables> & { variables: TVariables }];

type Shown<TData> = { data: TData | undefined; loading: boolean; error: ErrorLike | undefined };

type WatchOptions<TData, TVariables extends OperationVariables> = Omit<
  ObservableQuery.Options<TData, TVariables>,
  'fetchPolicy'
> & { fetchPolicy: NonNullable<ObservableQuery.Options['fetchPolicy']> };

/** One island's query, watched in the browser's cache. Mutated as useQuery mutates its state. */
type Watch<TData, TVariables extends OperationVariables> = {
  client: ApolloClient;
  query: TypedDocumentNode<TData, TVariables>;
  observable: ObservableQuery<TData, TVariables>;
  options: WatchOptions<TData, TVariables>;
  shown: Shown<TData>;
  previousData: TData | undefined;
};

/**
 * Apollo's useQuery for the app, without Apollo in the route's first JS (issue 15): the browser's
 * client is loaded after hydration and the query watched in its cache (`watchQuery`), so cache
 * updates, refetches by document after a mutation, pagination and clearing the store on sign-out
 * reach the island as before. Until the client is there (on the server, while hydrating) it
 * answers from the queries the page primed on the server (<PrimedQueries>), else it is loading.
 * The subset of useQuery the app uses: data, previousData, loading, error, refetch, fetchMore.
 */
export function useAppQuery<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  ...[options = {}]: OptionsArgument<NoInfer<TVariables>>
) {
  const primed = usePrimedQueries();
  const client = useSyncExternalStore(onBrowserClientLoaded, loadedBrowserClient, noClient);
  const [loadError, setLoadError] = useState<ErrorLike>();
  useEffect(() => {
    if (!client) loadBrowserClient().catch(setLoadError); // shown as the query's error, with its retry
  }, [client]);

  const watchOptions = watchOptionsOf(query, options);
  const [watch, setWatch] = useState(() => client && startWatch(client, primed, watchOptions));
  let current = watch;
  if (client && (current?.client !== client || current.query !== query)) {
    current = startWatch(client, primed, watchOptions, current);
    setWatch(current);
  }
  if (current) followOptions(current, watchOptions);

  // Before the client: the server's answer if the page primed one, the same in the server HTML
  // and while hydrating.
  const answer = primedAnswer(primed, query, watchOptions.variables ?? {}) as TData | undefined;
  const skip = Boolean(options.skip);
  const fallback = useMemo<Shown<TData>>(
    () => ({ data: skip ? undefined : answer, loading: !skip && !answer && !loadError, error: loadError }),
    [answer, skip, loadError],
  );
  const subscribe = useCallback(
    (onChange: () => void) => (current ? follow(current, onChange) : noop),
    [current],
  );
  const shown = useSyncExternalStore(
    subscribe,
    () => current?.shown ?? fallback,
    () => fallback,
  );

  // refetch and fetchMore called before the client has arrived wait for it.
  const waiting = useRef<{
    watch?: Watch<TData, TVariables>;
    resolve: ((w: Watch<TData, TVariables>) => void)[];
  }>({
    resolve: [],
  });
  useEffect(() => {
    waiting.current.watch = current;
    if (current) for (const resolve of waiting.current.resolve.splice(0)) resolve(current);
  }, [current]);
  const observable = useCallback(async () => {
    if (!waiting.current.watch) await loadBrowserClient();
    const { watch } = waiting.current;
    if (watch) return watch.observable;
    return new Promise<ObservableQuery<TData, TVariables>>((resolve) =>
      waiting.current.resolve.push((w) => resolve(w.observable)),
    );
  }, []);
  const refetch = useCallback(
    async (variables?: Partial<TVariables>) => (await observable()).refetch(variables),
    [observable],
  );
  const fetchMore = useCallback(
    async (more: ObservableQuery.FetchMoreOptions<TData, TVariables>) => (await observable()).fetchMore(more),
    [observable],
  );

  return { ...shown, previousData: current?.previousData, refetch, fetchMore };
}

const noClient = () => undefined;
const noop = () => {};

function watchOptionsOf<TData, TVariables extends OperationVariables>(
  query: TypedDocumentNode<TData, TVariables>,
  {
    variables,
    skip,
    fetchPolicy = 'cache-first',
    errorPolicy,
    notifyOnNetworkStatusChange,
  }: AppQueryOptions<TVariables>,
): WatchOptions<TData, TVariables> {
  return {
    query,
    variables: variables ?? ({} as TVariables),
    ...(errorPolicy && { errorPolicy }),
    ...(notifyOnNetworkStatusChange !== undefined && { notifyOnNetworkStatusChange }),
    // Skipped as useQuery skips: on standby, keeping the policy for when it asks.
    ...(skip ? { fetchPolicy: 'standby', initialFetchPolicy: fetchPolicy } : { fetchPolicy }),
  } as WatchOptions<TData, TVariables>;
}

function startWatch<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  primed: readonly PrimedQuery[],
  options: WatchOptions<TData, TVariables>,
  previous?: Watch<TData, TVariables>,
): Watch<TData, TVariables> {
  // First the page's server answers, so a primed query finds its data in the cache and asks nothing.
  writePrimedQueries(client, primed);
  const observable = client.watchQuery(options as ApolloClient.WatchQueryOptions<TData, TVariables>);
  return {
    client,
    query: options.query,
    observable,
    options,
    shown: shownOf(observable.getCurrentResult()),
    previousData: previous?.shown.data ?? previous?.previousData,
  };
}

/** New variables (or skip turned on or off) ask again, during the render as useQuery does, so the
 *  render already shows them loading. */
function followOptions<TData, TVariables extends OperationVariables>(
  watch: Watch<TData, TVariables>,
  options: WatchOptions<TData, TVariables>,
) {
  const before = watch.options;
  if (
    JSON.stringify(before.variables) === JSON.stringify(options.variables) &&
    before.fetchPolicy === options.fetchPolicy
  ) {
    return;
  }
  watch.options = options;
  watch.observable.reobserve(options);
  show(watch, watch.observable.getCurrentResult());
}

function follow<TData, TVariables extends OperationVariables>(
  watch: Watch<TData, TVariables>,
  onChange: () => void,
) {
  const subscription = watch.observable.subscribe((result) => {
    // After the render that caused it (a reobserve in render emits at once), as useQuery does.
    queueMicrotask(() => {
      if (show(watch, result)) onChange();
    });
  });
  // A moment later, so a quick unsubscribe and subscribe again (Strict Mode, a new `follow` for
  // the same query) keeps the query and sends no second request, as useQuery does.
  return () => {
    setTimeout(() => subscription.unsubscribe());
  };
}

/** Takes a result into the watch; false when nothing shown changes. */
function show<TData, TVariables extends OperationVariables>(
  watch: Watch<TData, TVariables>,
  result: ObservableQuery.Result<TData>,
) {
  const next = shownOf(result);
  const { shown } = watch;
  if (next.data === shown.data && next.loading === shown.loading && next.error === shown.error) return false;
  if (shown.data !== undefined && next.data !== shown.data) watch.previousData = shown.data;
  watch.shown = next;
  return true;
}

const shownOf = <TData>(result: ObservableQuery.Result<TData>): Shown<TData> => ({
  data: result.data as TData | undefined,
  loading: result.loading,
  error: result.error,
});
