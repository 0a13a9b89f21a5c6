import { decodeGlobalId } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import type { MinistryFilter } from '../../domain/ministry-filter.ts';
import { badUserInput, type FieldIssue } from '../../errors.ts';
import { ArenaEnum, PartnershipStatusEnum, TargetGroupEnum } from '../partnership.ts';

export const MinistryFilterInput = builder.inputType('MinistryFilter', {
  description:
    'Filters of the ministry map. Pool, round and the grant range apply to the same funded grant; all filters combine with AND.',
  fields: (t) => ({
    poolId: t.id({ description: 'A FundingPool global id.' }),
    roundId: t.id({ description: 'A FundingRound global id.' }),
    regionCode: t.string(),
    municipalityCode: t.string(),
    arena: t.field({ type: ArenaEnum }),
    targetGroup: t.field({ type: TargetGroupEnum }),
    status: t.field({ type: PartnershipStatusEnum }),
    grantMin: t.field({ type: 'Money', description: 'Smallest grant in øre (inclusive).' }),
    grantMax: t.field({ type: 'Money', description: 'Largest grant in øre (inclusive).' }),
  }),
});

type FilterInput = typeof MinistryFilterInput.$inferInput;

// null: not given; undefined: malformed or of another type.
function rawId(value: unknown, typename: string): string | null | undefined {
  if (value == null || value === '') return null;
  const decoded = typeof value === 'string' ? decodeGlobalId(value) : null;
  return decoded?.typename === typename ? decoded.id : undefined;
}

/** The GraphQL filter as database ids; a malformed one is a BAD_USER_INPUT error naming the field. */
export function toMinistryFilter(ctx: Context, input: FilterInput | null | undefined): MinistryFilter {
  if (!input) return {};
  const issues: FieldIssue[] = [];
  const id = (field: 'poolId' | 'roundId', typename: string) => {
    const value = rawId(input[field], typename);
    if (value === undefined) issues.push({ path: ['filter', field], message: 'id.invalid' });
    return value ?? null;
  };
  const code = (field: 'regionCode' | 'municipalityCode') => {
    const value = input[field];
    if (value && !/^\d{4}$/.test(value)) issues.push({ path: ['filter', field], message: 'input.invalid' });
    return value || null;
  };
  const filter: MinistryFilter = {
    poolId: id('poolId', 'FundingPool'),
    roundId: id('roundId', 'FundingRound'),
    regionCode: code('regionCode'),
    municipalityCode: code('municipalityCode'),
    arena: input.arena ?? null,
    targetGroup: input.targetGroup ?? null,
    status: input.status ?? null,
    grantMinOre: input.grantMin ?? null,
    grantMaxOre: input.grantMax ?? null,
  };
  if (filter.grantMinOre != null && filter.grantMinOre < 0n)
    issues.push({ path: ['filter', 'grantMin'], message: 'outcome.countNegative' });
  if (filter.grantMinOre != null && filter.grantMaxOre != null && filter.grantMinOre > filter.grantMaxOre)
    issues.push({ path: ['filter', 'grantMin'], message: 'ministry.grantRange' });
  if (issues.length) throw badUserInput(ctx.locale, issues);
  return filter;
}
