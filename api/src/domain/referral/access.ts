import type { Prisma } from '@naboskab/db';
import { type IdArg, idOf, partnershipsOf } from '../../auth/partnership-access.ts';
import type { Context } from '../../context.ts';

// Who may see a referral. Personal data is for the referral's own guide and for the partnership's
// coordinators who are guides there too; admins see only the read log, never the data.

/**
 * A user's guideships that hold now: a guide is the partnership's coordinator or staff of one of
 * its member organisations. Every exit ends the guideship (guideships.ts: leaving the partnership,
 * deactivation, another role); this filter holds besides, failing closed for a way out that does
 * not end it (no operation moves a person to another organisation today).
 */
export const currentGuideshipWhere = (userId: string): Prisma.PartnershipGuideWhereInput => ({
  userId,
  user: { role: 'COORDINATOR', disabledAt: null },
  partnership: {
    OR: [
      { coordinators: { some: { userId } } },
      { members: { some: { organisation: { people: { some: { user: { id: userId } } } } } } },
    ],
  },
});

/** Users who belong to the partnership: its coordinators and the staff of its member organisations. */
export const inPartnershipWhere = (partnershipId: string): Prisma.UserWhereInput => ({
  OR: [
    { coordinates: { some: { partnershipId } } },
    { person: { organisation: { memberships: { some: { partnershipId } } } } },
  ],
});

/** Partnerships the viewer is a fællesskabsguide of; loaded once per request. */
export function guidePartnershipIds(ctx: Context): Promise<ReadonlySet<string>> {
  const userId = ctx.viewer?.userId;
  if (!userId || ctx.viewer?.role !== 'COORDINATOR') return Promise.resolve(new Set());
  ctx.guideships ??= ctx.prisma.partnershipGuide
    .findMany({ where: currentGuideshipWhere(userId), select: { partnershipId: true } })
    .then((rows) => new Set(rows.map((row) => row.partnershipId)));
  return ctx.guideships;
}

/** The `guideOf` scope: the viewer guides in this partnership. */
export async function guides(ctx: Context, partnershipId: string): Promise<boolean> {
  return (await guidePartnershipIds(ctx)).has(partnershipId);
}

/** Referrals whose personal data the viewer may read, as a Prisma filter (fails closed). */
export async function readableReferralWhere(ctx: Context): Promise<Prisma.ReferralWhereInput> {
  const viewer = ctx.viewer;
  const guided = [...(await guidePartnershipIds(ctx))];
  if (!viewer || guided.length === 0) return { id: { in: [] } };
  const guideCoordinated = guided.filter((id) => viewer.coordinatorOf.has(id));
  return {
    OR: [
      { guideUserId: viewer.userId, partnershipId: { in: guided } },
      { partnershipId: { in: guideCoordinated } },
    ],
  };
}

/**
 * The `guideOf` scope for acting on a referral by id: the partnership that owns it (the access
 * module's owners table). A malformed id is BAD_USER_INPUT naming `path`; a missing referral
 * belongs to no partnership and is refused.
 */
export async function guideOfReferral(ctx: Context, value: IdArg, path: string) {
  const owners = await partnershipsOf(ctx.prisma, 'Referral', [idOf(ctx, value, 'Referral', path)]);
  const [partnershipId] = owners ?? [];
  return partnershipId ? { guideOf: partnershipId } : false;
}

/** Logs that the viewer read a referral's personal data, once per referral per request. */
export async function logReferralRead(ctx: Context, referralId: string, via: 'GUIDE' | 'EXPORT' = 'GUIDE') {
  ctx.referralReads ??= new Set();
  const key = `${via}:${referralId}`;
  if (ctx.referralReads.has(key)) return;
  ctx.referralReads.add(key);
  await ctx.prisma.referralRead.create({ data: { referralId, userId: ctx.viewer?.userId ?? null, via } });
}
