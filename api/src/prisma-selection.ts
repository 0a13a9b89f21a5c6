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

export function tolerateEmptySelections(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    // Model operations only: raw SQL arguments must pass through untouched.
    query: {
      $allModels: { $allOperations: ({ args, query }) => query(withoutEmptySelections(args) as typeof args) },
    },
  }) as unknown as PrismaClient;
}
