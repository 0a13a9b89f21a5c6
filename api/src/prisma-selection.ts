import type { PrismaClient } from '@naboskab/db';

// When a client selects only `__typename` of a type, Pothos asks Prisma for `select: {}`, which
// Prisma rejects. An empty selection means "nothing in particular": drop it (the whole row, or
// `true` for a relation), here, once, for every query.
function withoutEmptySelections(args: unknown): unknown {
  if (!args || typeof args !== 'object' || Array.isArray(args)) return args;
  const copy: Record<string, unknown> = { ...(args as Record<string, unknown>) };
  for (const key of ['select', 'include'] as const) {
    const selection = copy[key];
    if (!selection || typeof selection !== 'object') continue;
    const entries = Object.entries(selection as Record<string, unknown>).map(([field, value]) => {
      if (!value || typeof value !== 'object') return [field, value] as const;
      const nested = withoutEmptySelections(value) as Record<string, unknown>;
      return [field, Object.keys(nested).length === 0 ? true : nested] as const;
    });
    if (entries.length === 0) delete copy[key];
    else copy[key] = Object.fromEntries(entries);
  }
  return copy;
}

// How relations load (prisma/schema.prisma enables relationJoins, whose default is `join` for
// every read). One row and its relations: one statement with LATERAL joins instead of one per
// relation level stitched here. A page of a list: `query`, because a join computes every row's
// relations before the ORDER BY … LIMIT (1.2 s instead of 0.2 s for 20 partnerships at scale 100),
// while `query` limits first and loads the page's relations with one IN (…) per level. A caller
// may choose otherwise (the ministry map reads every row anyway and joins).
const singleRowReads = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow']);
const listReads = new Set(['findMany']);

function withLoadStrategy(operation: string, args: unknown): unknown {
  const strategy = singleRowReads.has(operation) ? 'join' : listReads.has(operation) ? 'query' : null;
  if (!strategy || !args || typeof args !== 'object') return args;
  return { relationLoadStrategy: strategy, ...(args as Record<string, unknown>) };
}

export function tolerateEmptySelections(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    // Model operations only: raw SQL arguments must pass through untouched.
    query: {
      $allModels: {
        $allOperations: ({ operation, args, query }) =>
          query(withLoadStrategy(operation, withoutEmptySelections(args)) as typeof args),
      },
    },
  }) as unknown as PrismaClient;
}
