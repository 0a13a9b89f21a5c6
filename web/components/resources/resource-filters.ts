import type { ResourceKind } from '../../gql/graphql';
import { isGlobalIdOf } from '../volunteers/ids';
import { copenhagenInstant } from './resource-ids';

export const KINDS: ResourceKind[] = ['ROOM', 'EQUIPMENT', 'VEHICLE', 'STAFF_TIME', 'MATERIALS', 'OTHER'];

/** The search form's fields, as named in the address (`/ressourcer?kind=ROOM&search=sal`). */
export const filterKeys = ['kind', 'areaId', 'partnershipId', 'search', 'date', 'from', 'to'] as const;
type FilterKey = (typeof filterKeys)[number];

export type ResourceFilters = {
  kind?: ResourceKind;
  areaId?: string;
  partnershipId?: string;
  search?: string;
  freeFrom?: string;
  freeTo?: string;
};

const day = /^\d{4}-\d{2}-\d{2}$/;
const time = /^\d{2}:\d{2}$/;

/** The filters in the address; a value the API would refuse (a stale link) is left out. */
export function filtersFromAddress(params: URLSearchParams): ResourceFilters {
  const get = (key: FilterKey) => params.get(key)?.trim() || undefined;
  const kind = get('kind') as ResourceKind | undefined;
  const areaId = get('areaId');
  const partnershipId = get('partnershipId');
  const [date, from, to] = [get('date'), get('from'), get('to')];
  const slot = date && from && to && day.test(date) && time.test(from) && time.test(to) && from < to;
  return {
    kind: kind && KINDS.includes(kind) ? kind : undefined,
    areaId: areaId && isGlobalIdOf('Area', areaId) ? areaId : undefined,
    partnershipId: partnershipId && isGlobalIdOf('Partnership', partnershipId) ? partnershipId : undefined,
    search: get('search')?.slice(0, 100),
    ...(slot
      ? {
          freeFrom: copenhagenInstant(date, from).toISOString(),
          freeTo: copenhagenInstant(date, to).toISOString(),
        }
      : {}),
  };
}
