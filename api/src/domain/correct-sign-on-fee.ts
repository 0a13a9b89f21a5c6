import type { Context } from '../context.ts';
import { ConflictError, mapPrismaError, NotFoundError } from '../errors.ts';
import { audit, changedFields } from './audit.ts';
import { lockPartnershipFunds } from './lock-partnership-funds.ts';

export interface CorrectSignOnFeeInput {
  id: string;
  amountOre: bigint;
  paidOn: Date;
  note: string;
}

/**
 * Corrects a recorded sign-on fee. Under the same partnership row lock as recording one, the fees
 * together (with this one at its new amount) must stay within the awarded grants.
 */
export async function correctSignOnFee(ctx: Context, input: CorrectSignOnFeeInput) {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const before = await tx.signOnFee.findUnique({ where: { id: input.id } });
      if (!before) throw new NotFoundError();
      const funds = await lockPartnershipFunds(tx, before.partnershipId);
      if (!funds) throw new NotFoundError();
      const others = funds.feesOre - before.amountOre;
      if (others + input.amountOre > funds.grantedOre)
        throw new ConflictError('signOnFee.overGrant', {
          granted: (funds.grantedOre / 100n).toString(),
          paid: (others / 100n).toString(),
        });
      const data = { amountOre: input.amountOre, paidOn: input.paidOn, note: input.note };
      const fee = await tx.signOnFee.update({ where: { id: input.id }, data });
      const changes = changedFields(before, data);
      if (Object.keys(changes).length)
        await audit(tx, ctx, {
          action: 'update',
          entityType: 'SignOnFee',
          entityId: fee.id,
          partnershipId: fee.partnershipId,
          changes,
        });
      return fee;
    });
  } catch (error) {
    throw mapPrismaError(error);
  }
}
