import type { MinistryFilterOptionsQuery } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/messages';
import { arenas, targetGroups } from '../partnership-options';
import { isGlobalIdOf } from '../volunteers/ids';
import type { FilterKey, FilterState } from './filter-params';

export const statuses = ['PLANNED', 'ACTIVE', 'ENDED'];

export type FilterProblems = Partial<Record<FilterKey, MessageKey>>;

const wholeKroner = (value: string) => /^\d{1,10}$/.test(value.trim());

/**
 * The filters from the address that can be applied, and a message for each one that cannot
 * (a stale `?round=garbage`, an amount "from" above "to"). A bad value is shown at its field and
 * left out of the query, so it never wipes the totals, map and table.
 */
export function checkFilters(
  state: FilterState,
  options: MinistryFilterOptionsQuery | undefined,
): { applied: FilterState; problems: FilterProblems } {
  const pools = options?.ministryFundingPools;
  const pool = pools?.find((p) => p.id === state.pool);
  const known: Record<FilterKey, (value: string) => boolean> = {
    pool: (v) => (pools ? Boolean(pool) : isGlobalIdOf('FundingPool', v)),
    round: (v) =>
      pools
        ? (pool ? pool.rounds : pools.flatMap((p) => p.rounds)).some((r) => r.id === v)
        : isGlobalIdOf('FundingRound', v),
    region: (v) => (options ? options.regions.some((r) => r.code === v) : /^\d{4}$/.test(v)),
    municipality: (v) =>
      options ? options.municipalities.edges.some((e) => e.node.code === v) : /^\d{4}$/.test(v),
    arena: (v) => (arenas as string[]).includes(v),
    targetGroup: (v) => (targetGroups as string[]).includes(v),
    status: (v) => statuses.includes(v),
    minKr: wholeKroner,
    maxKr: wholeKroner,
  };
  const applied: FilterState = {};
  const problems: FilterProblems = {};
  for (const [key, value] of Object.entries(state) as [FilterKey, string][]) {
    if (known[key](value)) applied[key] = value;
    else
      problems[key] =
        key === 'minKr' || key === 'maxKr' ? 'ministry.filter.badAmount' : 'ministry.filter.unknown';
  }
  if (applied.minKr && applied.maxKr && Number(applied.minKr) > Number(applied.maxKr)) {
    delete applied.maxKr;
    problems.maxKr = 'ministry.filter.range';
  }
  return { applied, problems };
}
