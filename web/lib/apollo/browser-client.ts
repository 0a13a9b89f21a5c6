import type { ApolloClient } from '@apollo/client';
import type { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The browser's one Apollo client (per tab), loaded after hydration (issue 15): Apollo, rxjs and
 * graphql are ~55 KiB gzip, so no route carries them in its first JS. Queries (useAppQuery), the
 * mutation hook and the cache clearing all take this client, so a mutation's refetch reaches the
 * queries on screen.
 */
let apollo: typeof import('./client') | undefined;
let client: ApolloClient | undefined;
let loading: Promise<ApolloClient> | undefined;
const listeners = new Set<() => void>();

/** Loads the client once; a failed load (a chunk that did not arrive) is tried again next time. */
export function loadBrowserClient(): Promise<ApolloClient> {
  loading ??= import('./client').then(
    (module) => {
      apollo = module;
      client = module.createBrowserClient();
      for (const listener of listeners) listener();
      return client;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The client once it has arrived, else undefined (a snapshot for useSyncExternalStore). */
export const loadedBrowserClient = () => client;

export function onBrowserClientLoaded(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/**
 * Empties the cache after the viewer changes (sign-in, sign-out, account deleted): nothing
 * cached for one person may reach the next. A client never loaded has nothing to clear.
 */
export async function clearBrowserCache() {
  await (await loading)?.clearStore();
}

/**
 * True for the errors the API answered (GraphQL errors), by Apollo's own check. Only the loaded
 * client makes them, so before it has loaded nothing is one, and the check costs no first JS.
 */
export const isGraphQLErrors = (error: unknown): error is CombinedGraphQLErrors =>
  apollo?.CombinedGraphQLErrors.is(error) ?? false;
