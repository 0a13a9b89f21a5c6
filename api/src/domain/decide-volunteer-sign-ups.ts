import type { Context } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { notifySignUpsDecided } from '../notifications/events/sign-up.ts';
import { audit } from './audit.ts';
import { ensurePlaces, lockOpportunities, promoteFromWaitlist } from './volunteer-places.ts';

/**
 * Approves or declines sign-ups, all or nothing. Approvals must fit the opportunity's places;
 * a declined approval frees its place for the first in line. A withdrawn sign-up is final.
 */
export async function decideVolunteerSignUps(
  ctx: Context,
  ids: string[],
  decision: 'APPROVED' | 'DECLINED',
): Promise<void> {
  await ctx.prisma.$transaction(async (tx) => {
    const found = await tx.volunteerSignUp.findMany({
      where: { id: { in: ids } },
      select: { opportunityId: true },
    });
    if (found.length !== ids.length) throw new NotFoundError();
    await lockOpportunities(
      tx,
      found.map((s) => s.opportunityId),
    );
    const signUps = await tx.volunteerSignUp.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        status: true,
        opportunityId: true,
        opportunity: { select: { activity: { select: { partnershipId: true } } } },
      },
    });
    if (signUps.some((s) => s.status === 'WITHDRAWN')) throw new ConflictError('volunteer.alreadyDecided');
    const changed = signUps.filter((s) => s.status !== decision);
    const byOpportunity = new Map<string, typeof changed>();
    for (const s of changed)
      byOpportunity.set(s.opportunityId, [...(byOpportunity.get(s.opportunityId) ?? []), s]);
    if (decision === 'APPROVED') {
      for (const [opportunityId, rows] of byOpportunity) await ensurePlaces(tx, opportunityId, rows.length);
    }
    const { count } = await tx.volunteerSignUp.updateMany({
      where: { id: { in: changed.map((s) => s.id) }, status: { not: 'WITHDRAWN' } },
      data: { status: decision, decidedAt: new Date() },
    });
    if (count !== changed.length) throw new ConflictError('volunteer.alreadyDecided');
    await notifySignUpsDecided(
      tx,
      changed.map((s) => s.id),
      decision,
    );
    for (const s of changed) {
      await audit(tx, ctx, {
        action: decision === 'APPROVED' ? 'signUp.approve' : 'signUp.decline',
        entityType: 'VolunteerSignUp',
        entityId: s.id,
        partnershipId: s.opportunity.activity.partnershipId,
        changes: { status: [s.status, decision] },
      });
    }
    if (decision === 'DECLINED') {
      for (const [opportunityId, rows] of byOpportunity) {
        const first = rows[0];
        if (first && rows.some((s) => s.status === 'APPROVED')) {
          await promoteFromWaitlist(tx, ctx, opportunityId, first.opportunity.activity.partnershipId);
        }
      }
    }
  });
}
