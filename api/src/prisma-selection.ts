import type { PrismaClient } from '@naboskab/db';
import { getDatamodel } from '@naboskab/db/pothos-types';

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
// relation level stitched here. A page of a list (`take`) with relations or counts: first the
// page's keys (`query`: a join would compute every row's relations before the ORDER BY … LIMIT,
// 1.2 s instead of 0.2 s for 20 partnerships at scale 100), then those rows with every relation
// and count in one joined statement. Two statements whatever the depth, and each count is a
// LATERAL subquery over the page's rows, where per-level loading grouped the whole related table.
// Other lists keep `query` (one IN (…) per level). A caller may choose otherwise (the ministry
// map reads every row anyway and joins).
const singleRowReads = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow']);

interface ModelShape {
  /** The single-column primary key; models with a composite key are not paged in two steps. */
  id?: string;
  relations: Set<string>;
}
const models = new Map<string, ModelShape>(
  Object.entries(getDatamodel().datamodel.models).map(([name, model]) => [
    name,
    {
      id: model.fields.find((field) => field.isId)?.name,
      relations: new Set(model.fields.filter((field) => field.kind === 'object').map((field) => field.name)),
    },
  ]),
);

type Args = Record<string, unknown>;
type Row = Record<string, unknown>;

function withLoadStrategy(operation: string, args: unknown): unknown {
  if (!args || typeof args !== 'object') return args;
  const strategy = singleRowReads.has(operation) ? 'join' : operation === 'findMany' ? 'query' : null;
  return strategy ? { relationLoadStrategy: strategy, ...(args as Args) } : args;
}

/** The model's key when `args` ask for a page with relations or counts, else undefined. */
function pagedKey(model: string | undefined, operation: string, args: unknown): string | undefined {
  if (operation !== 'findMany' || !model || !args || typeof args !== 'object') return undefined;
  const { take, select, include, relationLoadStrategy } = args as Args;
  const shape = models.get(model);
  if (take === undefined || relationLoadStrategy || !shape?.id) return undefined;
  const asked = Object.keys({ ...(select as Args), ...(include as Args) });
  return asked.some((field) => field === '_count' || shape.relations.has(field)) ? shape.id : undefined;
}

async function pageThenJoin(args: Args, id: string, query: (args: Args) => Promise<unknown>) {
  const { select, include, ...page } = args;
  const keys = (
    (await query({ ...page, select: { [id]: true }, relationLoadStrategy: 'query' })) as Row[]
  ).map((row) => row[id]);
  if (keys.length === 0) return [];
  const rows = (await query({
    ...(select ? { select: { ...(select as Args), [id]: true } } : { include }),
    where: { [id]: { in: keys } },
    relationLoadStrategy: 'join',
  })) as Row[];
  const byKey = new Map(rows.map((row) => [row[id], row]));
  // A row deleted between the two statements is left out, as if the page had been read after.
  return keys.flatMap((key) => byKey.get(key) ?? []);
}

export function tolerateEmptySelections(prisma: PrismaClient): PrismaClient {
  return prisma.$extends({
    // Model operations only: raw SQL arguments must pass through untouched.
    query: {
      $allModels: {
        $allOperations: ({ model, operation, args, query }) => {
          const cleaned = withoutEmptySelections(args);
          const id = pagedKey(model, operation, cleaned);
          const run = query as (args: unknown) => Promise<unknown>;
          return id ? pageThenJoin(cleaned as Args, id, run) : run(withLoadStrategy(operation, cleaned));
        },
      },
    },
  }) as unknown as PrismaClient;
}
