import type { Context } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';
import { lockOpportunities, promoteFromWaitlist } from './volunteer-places.ts';

const WITHDRAWABLE = ['APPLIED', 'APPROVED', 'WAITLISTED'] as const;

/** Withdraws the person's own sign-up; a place it held goes to the first in line. */
export async function withdrawSignUp(ctx: Context, personId: string, id: string): Promise<void> {
  await ctx.prisma.$transaction(async (tx) => {
    const found = await tx.volunteerSignUp.findFirst({
      where: { id, personId },
      select: {
        opportunityId: true,
        opportunity: { select: { activity: { select: { partnershipId: true } } } },
      },
    });
    if (!found) throw new NotFoundError();
    await lockOpportunities(tx, [found.opportunityId]);
    const { status } = await tx.volunteerSignUp.findUniqueOrThrow({
      where: { id },
      select: { status: true },
    });
    const { count } = await tx.volunteerSignUp.updateMany({
      where: { id, status: { in: [...WITHDRAWABLE] } },
      data: { status: 'WITHDRAWN', decidedAt: new Date() },
    });
    if (count === 0) throw new ConflictError('volunteer.signUpNotWithdrawable');
    await tx.person.update({ where: { id: personId }, data: { lastActiveAt: new Date() } });
    const { partnershipId } = found.opportunity.activity;
    await audit(tx, ctx, {
      action: 'signUp.withdraw',
      entityType: 'VolunteerSignUp',
      entityId: id,
      partnershipId,
      changes: { status: [status, 'WITHDRAWN'] },
    });
    if (status === 'APPROVED') await promoteFromWaitlist(tx, ctx, found.opportunityId, partnershipId);
  });
}
