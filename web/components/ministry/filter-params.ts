// The ministry map's filters live in the URL, so a view can be shared. The same keys are what the
// API's export routes read (see api/src/domain/parse-ministry-filter.ts).
import type { Arena, MinistryFilter, PartnershipStatus, TargetGroup } from '../../gql/graphql';

export const filterKeys = [
  'pool',
  'round',
  'region',
  'municipality',
  'arena',
  'targetGroup',
  'status',
  'minKr',
  'maxKr',
] as const;
export type FilterKey = (typeof filterKeys)[number];
export type FilterState = Partial<Record<FilterKey, string>>;

export function readFilters(params: URLSearchParams): FilterState {
  const state: FilterState = {};
  for (const key of filterKeys) {
    const value = params.get(key);
    if (value) state[key] = value;
  }
  return state;
}

/** Only the filter keys, in a stable order: for export links and the API. */
export function filterQuery(state: FilterState): string {
  const params = new URLSearchParams();
  for (const key of filterKeys) if (state[key]) params.set(key, state[key] as string);
  return params.toString();
}

const kroner = (value: string | undefined) => {
  const n = value ? Number(value) : Number.NaN;
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : null;
};

export function toApiFilter(state: FilterState): MinistryFilter {
  return {
    poolId: state.pool ?? null,
    roundId: state.round ?? null,
    regionCode: state.region ?? null,
    municipalityCode: state.municipality ?? null,
    arena: (state.arena as Arena | undefined) ?? null,
    targetGroup: (state.targetGroup as TargetGroup | undefined) ?? null,
    status: (state.status as PartnershipStatus | undefined) ?? null,
    grantMin: kroner(state.minKr),
    grantMax: kroner(state.maxKr),
  };
}
