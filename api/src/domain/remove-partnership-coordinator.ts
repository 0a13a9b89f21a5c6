import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';
import { endGuideshipsOfLeavers } from './referral/guideships.ts';

/** Ends a user's coordination of a partnership; NotFound when they do not coordinate it. */
export async function removePartnershipCoordinator(ctx: Context, partnershipId: string, userId: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.partnershipCoordinator.findUnique({
      where: { partnershipId_userId: { partnershipId, userId } },
      select: { user: { select: { person: { select: { name: true } } } } },
    });
    if (!row) throw new NotFoundError();
    await tx.partnershipCoordinator.delete({ where: { partnershipId_userId: { partnershipId, userId } } });
    await audit(tx, ctx, {
      action: 'delete',
      entityType: 'PartnershipCoordinator',
      entityId: userId,
      partnershipId,
      changes: { coordinator: [row.user.person.name, null] },
    });
    await endGuideshipsOfLeavers(tx, ctx, partnershipId);
  });
}
