import type { Prisma } from '@naboskab/db';
import { type Context, memberPartnershipIds } from '../../context.ts';

/**
 * The resources the viewer may see, as a Prisma filter (forbidden rows never load).
 * PARTNERSHIP: members of the resource's partnership. AREA: also members of any partnership in
 * the resource's area. SIGNED_IN: anyone signed in. Volunteers see only SIGNED_IN resources
 * (and may book none); the ministry sees none (bookings are about people and their plans).
 */
export async function visibleResourceWhere(ctx: Context): Promise<Prisma.ResourceWhereInput> {
  const viewer = ctx.viewer;
  if (!viewer || viewer.role === 'MINISTRY') return { id: { in: [] } };
  if (viewer.role === 'ADMIN') return {};
  if (viewer.role === 'VOLUNTEER') return { audience: 'SIGNED_IN' };
  const member = [...new Set([...viewer.coordinatorOf, ...(await memberPartnershipIds(ctx))])];
  return {
    OR: [
      { audience: 'SIGNED_IN' },
      { partnershipId: { in: member } },
      { audience: 'AREA', area: { partnerships: { some: { partnershipId: { in: member } } } } },
    ],
  };
}
