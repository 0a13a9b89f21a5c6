// "Vis flere": the next page of a list appended below the rows already shown.

type Connection = { edges: readonly unknown[] };

/**
 * The key paths from a query's answer `T` down to a connection (an object with `edges`), through
 * fields that may be null: `['grants']`, `['partnership', 'members']`. Lists sit at most a few
 * levels down; the depth limit keeps the type cheap on large answers.
 */
type ConnectionPath<T, Depth extends unknown[] = []> = T extends Connection
  ? []
  : Depth['length'] extends 3
    ? never
    : T extends readonly unknown[]
      ? never
      : T extends object
        ? {
            [K in keyof T & string]-?: [K, ...ConnectionPath<NonNullable<T[K]>, [...Depth, unknown]>];
          }[keyof T & string]
        : never;

type AppendOptions = {
  /**
   * Where everything outside the connection comes from: the newer answer (fresher), or the
   * previous one when it holds pages of other lists that the newer answer would reset to their
   * first page (two lists paged by cursors of their own in one query).
   */
  restFrom?: 'next' | 'previous';
};

/**
 * fetchMore's `updateQuery` (Apollo's, and useFetchQuery's of the same shape) for the connection at
 * `path`: its edges from both answers, the rest of it (pageInfo, totalCount) from the newer page.
 * Where the connection or a field on the way is missing in either answer, the previous answer stays.
 */
export function appendPage<TData, const P extends ConnectionPath<TData>>(
  path: P,
  { restFrom = 'next' }: AppendOptions = {},
) {
  return (previous: TData, { fetchMoreResult }: { fetchMoreResult: TData }): TData =>
    (appendAt(previous, fetchMoreResult, path as readonly string[], restFrom) as TData | undefined) ??
    previous;
}

function appendAt(
  previous: unknown,
  next: unknown,
  path: readonly string[],
  restFrom: NonNullable<AppendOptions['restFrom']>,
): unknown {
  if (!isRecord(previous) || !isRecord(next)) return undefined;
  const [key, ...below] = path;
  if (key === undefined) {
    const before = previous as Connection;
    return { ...next, edges: [...before.edges, ...(next as Connection).edges] };
  }
  const inner = appendAt(previous[key], next[key], below, restFrom);
  if (inner === undefined) return undefined;
  return { ...(restFrom === 'previous' ? previous : next), [key]: inner };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
