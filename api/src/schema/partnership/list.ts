import type { Arena, PartnershipStatus, Prisma, TargetGroup } from '@naboskab/db';
import { z } from 'zod';
import { optionalIdOf } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ArenaEnum, PartnershipStatusEnum, TargetGroupEnum } from '../partnership.ts';

const PartnershipOrderEnum = builder.enumType('PartnershipOrder', {
  values: ['NAME', 'NEWEST', 'STARTS_ON'] as const,
  description: 'NAME: A-Å; NEWEST: most recently created first; STARTS_ON: earliest start first.',
});

const code = z
  .string()
  .regex(/^\d{4}$/)
  .nullish();

builder.queryField('partnerships', (t) =>
  t.prismaConnection({
    type: 'Partnership',
    cursor: 'id',
    description: 'Partnerships, filtered and sorted. Anyone signed in may browse them.',
    authScopes: { signedIn: true },
    args: {
      search: t.arg.string({ validate: z.string().trim().max(100).nullish() }),
      municipalityCode: t.arg.string({ validate: code }),
      regionCode: t.arg.string({ validate: code }),
      arena: t.arg({ type: ArenaEnum }),
      targetGroup: t.arg({ type: TargetGroupEnum }),
      status: t.arg({ type: PartnershipStatusEnum }),
      fundingRoundId: t.arg.globalID(),
      coordinatedByMe: t.arg.boolean({ description: 'Only partnerships the viewer coordinates.' }),
      orderBy: t.arg({ type: PartnershipOrderEnum, defaultValue: 'NAME' }),
    },
    totalCount: async (_parent, args, ctx) =>
      ctx.prisma.partnership.count({ where: await partnershipWhere(args, ctx) }),
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.partnership.findMany({
        ...query,
        where: await partnershipWhere(args, ctx),
        orderBy: orderBy(args.orderBy ?? 'NAME'),
      }),
  }),
);

type ListArgs = {
  search?: string | null;
  municipalityCode?: string | null;
  regionCode?: string | null;
  arena?: Arena | null;
  targetGroup?: TargetGroup | null;
  status?: PartnershipStatus | null;
  fundingRoundId?: { typename: string; id: string } | null;
  coordinatedByMe?: boolean | null;
};

async function partnershipWhere(args: ListArgs, ctx: Context): Promise<Prisma.PartnershipWhereInput> {
  const roundId = optionalIdOf(ctx, args.fundingRoundId, 'FundingRound', 'fundingRoundId');
  const and: Prisma.PartnershipWhereInput[] = [];
  if (args.search)
    and.push({
      OR: [
        { name: { contains: args.search, mode: 'insensitive' } },
        { description: { contains: args.search, mode: 'insensitive' } },
        { areas: { some: { area: { name: { contains: args.search, mode: 'insensitive' } } } } },
      ],
    });
  if (args.municipalityCode)
    and.push({ areas: { some: { area: { municipalityCode: args.municipalityCode } } } });
  if (args.regionCode)
    and.push({ areas: { some: { area: { municipality: { regionCode: args.regionCode } } } } });
  // Prisma's driver adapter sends `has` on an enum array as a malformed array literal, so the
  // enum-array filters are one small SQL query each (independent of the page size).
  if (args.arena) {
    const rows = await ctx.prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Partnership" WHERE ${args.arena}::"Arena" = ANY("arenas")`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  if (args.targetGroup) {
    const rows = await ctx.prisma.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "Partnership" WHERE ${args.targetGroup}::"TargetGroup" = ANY("targetGroups")`;
    and.push({ id: { in: rows.map((r) => r.id) } });
  }
  if (args.status) and.push({ status: args.status });
  if (roundId) and.push({ grants: { some: { roundId } } });
  if (args.coordinatedByMe) and.push({ coordinators: { some: { userId: ctx.viewer?.userId ?? '' } } });
  return { AND: and };
}

function orderBy(order: 'NAME' | 'NEWEST' | 'STARTS_ON'): Prisma.PartnershipOrderByWithRelationInput[] {
  if (order === 'NEWEST') return [{ createdAt: 'desc' }, { id: 'desc' }];
  if (order === 'STARTS_ON') return [{ startsOn: 'asc' }, { name: 'asc' }, { id: 'asc' }];
  return [{ name: 'asc' }, { id: 'asc' }];
}
