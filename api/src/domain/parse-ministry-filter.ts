import { Arena, PartnershipStatus, TargetGroup } from '@naboskab/db';
import { z } from 'zod';
import { decodeGlobalId } from '../auth/partnership-access.ts';
import type { MinistryFilter } from './ministry-filter.ts';

const code = z
  .string()
  .regex(/^\d{4}$/)
  .nullish();
const kr = z.coerce.number().int().min(0).max(1_000_000_000).nullish();

function globalIdOf(typename: string) {
  return z
    .string()
    .nullish()
    .transform((value, ctx) => {
      if (!value) return null;
      const decoded = decodeGlobalId(value);
      if (decoded?.typename === typename) return decoded.id;
      ctx.addIssue({ code: 'custom', message: 'id.invalid' });
      return z.NEVER;
    });
}

/**
 * The filters as they appear in a URL (the web page's address and the export links share them):
 * pool, round (global IDs), region, municipality (codes), arena, targetGroup, status (enum values),
 * minKr, maxKr (whole kroner).
 */
export const ministryQuerySchema = z
  .object({
    pool: globalIdOf('FundingPool'),
    round: globalIdOf('FundingRound'),
    region: code,
    municipality: code,
    arena: z.enum(Arena).nullish(),
    targetGroup: z.enum(TargetGroup).nullish(),
    status: z.enum(PartnershipStatus).nullish(),
    minKr: kr,
    maxKr: kr,
  })
  .refine((f) => f.minKr == null || f.maxKr == null || f.minKr <= f.maxKr, {
    message: 'ministry.grantRange',
    path: ['minKr'],
  });

/** The parameters an export URL may carry. */
export const ministryFilterKeys = Object.keys(ministryQuerySchema.shape);

/**
 * Parses the query string of an export URL; empty values mean "no filter". A parameter that is
 * no filter, or one given twice, is an issue naming it: a mistyped filter must not quietly
 * export everything.
 */
export function parseMinistryFilter(params: URLSearchParams) {
  const raw: Record<string, string> = {};
  const unread: { path: string[]; message: string }[] = [];
  const seen = new Set<string>();
  for (const [key, value] of params) {
    // Named back as written, but short and on one line.
    const path = [key.replace(/\p{Cc}/gu, '?').slice(0, 60)];
    if (!ministryFilterKeys.includes(key)) unread.push({ path, message: 'ministry.unknownFilter' });
    else if (seen.has(key)) unread.push({ path, message: 'ministry.repeatedFilter' });
    seen.add(key);
    if (value !== '') raw[key] = value;
  }
  const result = ministryQuerySchema.safeParse(raw);
  if (unread.length || !result.success)
    return { success: false as const, issues: [...unread, ...(result.error?.issues ?? [])] };
  const f = result.data;
  const filter: MinistryFilter = {
    poolId: f.pool,
    roundId: f.round,
    regionCode: f.region,
    municipalityCode: f.municipality,
    arena: f.arena,
    targetGroup: f.targetGroup,
    status: f.status,
    grantMinOre: f.minKr == null ? null : BigInt(f.minKr) * 100n,
    grantMaxOre: f.maxKr == null ? null : BigInt(f.maxKr) * 100n,
  };
  return { success: true as const, filter };
}
