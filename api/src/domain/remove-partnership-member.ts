import type { Context } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';
import { endGuideshipsOfLeavers } from './referral/guideships.ts';

/** Removes a member unless a sign-on fee was paid to it (the fee must stay traceable). */
export async function removePartnershipMember(ctx: Context, id: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const member = await tx.partnershipMember.findUnique({
      where: { id },
      include: { organisation: { select: { name: true } }, _count: { select: { signOnFees: true } } },
    });
    if (!member) throw new NotFoundError();
    if (member._count.signOnFees > 0) throw new ConflictError('member.hasSignOnFee');
    await tx.partnershipMember.delete({ where: { id } });
    await audit(tx, ctx, {
      action: 'delete',
      entityType: 'PartnershipMember',
      entityId: id,
      partnershipId: member.partnershipId,
      changes: { organisation: [member.organisation.name, null], role: [member.role, null] },
    });
    await endGuideshipsOfLeavers(tx, ctx, member.partnershipId);
    return tx.partnership.findUniqueOrThrow({ where: { id: member.partnershipId } });
  });
}
