import type { Context } from '../context.ts';
import { ConflictError, mapPrismaError, NotFoundError } from '../errors.ts';
import { notifySignUpReceived } from '../notifications/events/sign-up.ts';
import { audit } from './audit.ts';
import { isFull, lockOpportunities } from './volunteer-places.ts';

/**
 * Signs the viewer up for a published opportunity, or onto its waiting list when it is full.
 * A second sign-up is refused (the database's unique opportunityId+personId); one the volunteer
 * withdrew earlier is re-opened instead, at the back of the line.
 */
export async function signUpForOpportunity(
  ctx: Context,
  personId: string,
  input: { opportunityId: string; message: string },
): Promise<string> {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const opportunity = await tx.volunteerOpportunity.findFirst({
        where: { id: input.opportunityId, published: true, activity: { published: true } },
        select: { activity: { select: { partnershipId: true, endsOn: true } } },
      });
      if (!opportunity) throw new NotFoundError();
      const { endsOn, partnershipId } = opportunity.activity;
      if (endsOn && endsOn.getTime() < Date.now() - 86_400_000)
        throw new ConflictError('volunteer.signUpClosed');
      await lockOpportunities(tx, [input.opportunityId]);
      const status = (await isFull(tx, input.opportunityId)) ? 'WAITLISTED' : 'APPLIED';
      const existing = await tx.volunteerSignUp.findUnique({
        where: { opportunityId_personId: { opportunityId: input.opportunityId, personId } },
      });
      const signUp =
        existing?.status === 'WITHDRAWN'
          ? await tx.volunteerSignUp.update({
              where: { id: existing.id },
              data: { status, message: input.message, decidedAt: null, createdAt: new Date() },
            })
          : await tx.volunteerSignUp.create({
              data: { opportunityId: input.opportunityId, personId, message: input.message, status },
            });
      await tx.person.update({ where: { id: personId }, data: { lastActiveAt: new Date() } });
      await notifySignUpReceived(tx, signUp.id);
      // No message or name in the audit: it must not outlive an erasure.
      await audit(tx, ctx, {
        action: existing ? 'signUp.reapply' : 'signUp.create',
        entityType: 'VolunteerSignUp',
        entityId: signUp.id,
        partnershipId,
      });
      return signUp.id;
    });
  } catch (error) {
    const mapped = mapPrismaError(error);
    throw mapped instanceof ConflictError && mapped.key === 'conflict.unique'
      ? new ConflictError('volunteer.signUpDuplicate')
      : mapped;
  }
}
