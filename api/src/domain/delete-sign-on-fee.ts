import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';
import { lockPartnershipFunds } from './lock-partnership-funds.ts';

/** Deletes a recorded sign-on fee (a mistake) under the partnership's row lock; returns its partnership id. */
export async function deleteSignOnFee(ctx: Context, id: string): Promise<string> {
  return ctx.prisma.$transaction(async (tx) => {
    const fee = await tx.signOnFee.findUnique({
      where: { id },
      include: { member: { select: { organisation: { select: { name: true } } } } },
    });
    if (!fee) throw new NotFoundError();
    await lockPartnershipFunds(tx, fee.partnershipId);
    await tx.signOnFee.delete({ where: { id } });
    await audit(tx, ctx, {
      action: 'delete',
      entityType: 'SignOnFee',
      entityId: id,
      partnershipId: fee.partnershipId,
      changes: {
        organisation: [fee.member.organisation.name, null],
        amountOre: [fee.amountOre, null],
        paidOn: [fee.paidOn, null],
      },
    });
    return fee.partnershipId;
  });
}
