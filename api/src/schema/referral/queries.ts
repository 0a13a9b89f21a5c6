import type { Prisma, ReferralState } from '@naboskab/db';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { guidePartnershipIds, readableReferralWhere } from '../../domain/referral/access.ts';
import { CONTACT_TARGET_DAYS, DAY_MS, FOLLOW_UP_DAYS, OPEN_STATES } from '../../domain/referral/states.ts';
import { ReferralStateEnum } from './types.ts';

// The guide's caseload: their own referrals, by state, with what is overdue.

async function myReferralsWhere(
  ctx: Context,
  args: { states?: ReferralState[] | null; overdue?: boolean | null },
): Promise<Prisma.ReferralWhereInput> {
  const now = Date.now();
  return {
    AND: [
      await readableReferralWhere(ctx),
      { guideUserId: ctx.viewer?.userId ?? '' },
      args.states?.length ? { state: { in: args.states } } : {},
      args.overdue ? overdueWhere(now) : {},
    ],
  };
}

/** Not contacted within 14 days, or more than two weeks past the 3-month follow-up. */
const overdueWhere = (now: number): Prisma.ReferralWhereInput => ({
  OR: [
    { state: 'REQUESTED', referredAt: { lt: new Date(now - CONTACT_TARGET_DAYS * DAY_MS) } },
    { state: 'ATTENDING', firstAttendanceAt: { lt: new Date(now - (FOLLOW_UP_DAYS + 14) * DAY_MS) } },
  ],
});

builder.queryField('myReferrals', (t) =>
  t.prismaConnection({
    type: 'Referral',
    cursor: 'id',
    description:
      "The viewer's own referrals as a fællesskabsguide, oldest first; filter by state or overdue.",
    authScopes: { coordinator: true },
    args: {
      states: t.arg({ type: [ReferralStateEnum] }),
      overdue: t.arg.boolean(),
    },
    totalCount: async (_p, args, ctx) =>
      ctx.prisma.referral.count({ where: await myReferralsWhere(ctx, args) }),
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.referral.findMany({
        ...query,
        where: await myReferralsWhere(ctx, args),
        orderBy: [{ referredAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);

const StateCountRef = builder
  .objectRef<{ state: ReferralState; count: number }>('ReferralStateCount')
  .implement({
    fields: (t) => ({ state: t.expose('state', { type: ReferralStateEnum }), count: t.exposeInt('count') }),
  });

const CaseloadRef = builder
  .objectRef<{
    byState: { state: ReferralState; count: number }[];
    overdue: number;
    open: number;
    isGuide: boolean;
  }>('ReferralCaseload')
  .implement({
    description: "Counts of the viewer's own referrals (their own caseload: not suppressed).",
    fields: (t) => ({
      isGuide: t.exposeBoolean('isGuide', { description: 'The viewer is a fællesskabsguide somewhere.' }),
      open: t.exposeInt('open'),
      overdue: t.exposeInt('overdue'),
      byState: t.field({ type: [StateCountRef], resolve: (c) => c.byState }),
    }),
  });

builder.queryField('myReferralCaseload', (t) =>
  t.field({
    type: CaseloadRef,
    authScopes: { coordinator: true },
    resolve: async (_root, _args, ctx) => {
      const where = await myReferralsWhere(ctx, {});
      const [groups, overdue, guided] = await Promise.all([
        ctx.prisma.referral.groupBy({
          by: ['state'],
          where,
          _count: { _all: true },
          orderBy: { state: 'asc' },
        }),
        ctx.prisma.referral.count({ where: { AND: [where, overdueWhere(Date.now())] } }),
        guidePartnershipIds(ctx),
      ]);
      const byState = groups.map((g) => ({ state: g.state, count: g._count._all }));
      const open = byState.filter((g) => OPEN_STATES.includes(g.state)).reduce((sum, g) => sum + g.count, 0);
      return { byState, overdue, open, isGuide: guided.size > 0 };
    },
  }),
);

builder.prismaObject('ReferralRead', {
  description: 'One read of a referral’s personal data: who (or the host through a link), when, how.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    via: t.string({ resolve: (r) => r.via }),
    referralId: t.exposeID('referralId', { description: 'The referral’s database id (no personal data).' }),
    readerName: t.string({
      nullable: true,
      description: 'Null for the host (through their link).',
      select: { user: { select: { person: { select: { name: true } }, email: true } } },
      resolve: (r) => (r.user ? `${r.user.person.name} <${r.user.email}>` : null),
    }),
  }),
});

builder.queryField('referralReadLog', (t) =>
  t.prismaConnection({
    type: 'ReferralRead',
    cursor: 'id',
    description: 'Who read which referral’s personal data, newest first. Administrators only.',
    authScopes: { admin: true },
    totalCount: (_p, _args, ctx) => ctx.prisma.referralRead.count(),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.referralRead.findMany({ ...query, orderBy: [{ at: 'desc' }, { id: 'desc' }] }),
  }),
);

builder.queryField('myGuidePartnerships', (t) =>
  t.prismaField({
    type: ['Partnership'],
    description: 'Partnerships the viewer is a fællesskabsguide of (where they can record referrals).',
    authScopes: { signedIn: true },
    resolve: async (query, _root, _args, ctx) =>
      ctx.prisma.partnership.findMany({
        ...query,
        where: { id: { in: [...(await guidePartnershipIds(ctx))] } },
        orderBy: { name: 'asc' },
      }),
  }),
);
