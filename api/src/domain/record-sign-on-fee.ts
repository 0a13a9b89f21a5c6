import type { Context } from '../context.ts';
import { ConflictError, fieldIssue, mapPrismaError, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';
import { lockPartnershipFunds } from './lock-partnership-funds.ts';

export interface RecordSignOnFeeInput {
  memberId: string;
  amountOre: bigint;
  paidOn: Date;
  note: string;
}

/**
 * Records the one sign-on fee of a member association. With the partnership row locked, the fees
 * together must stay within its awarded grants, so two coordinators saving at once cannot overshoot.
 */
export async function recordSignOnFee(ctx: Context, input: RecordSignOnFeeInput) {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const member = await tx.partnershipMember.findUnique({
        where: { id: input.memberId },
        include: { organisation: { select: { name: true } } },
      });
      if (!member) throw new NotFoundError();
      if (member.role !== 'VOLUNTARY_ASSOCIATION')
        throw fieldIssue(['input', 'memberId'], 'signOnFee.notAssociation');
      const funds = await lockPartnershipFunds(tx, member.partnershipId);
      if (!funds) throw new NotFoundError();
      if (await tx.signOnFee.findUnique({ where: { memberId: member.id }, select: { id: true } }))
        throw new ConflictError('signOnFee.alreadyPaid');
      if (funds.feesOre + input.amountOre > funds.grantedOre)
        throw new ConflictError('signOnFee.overGrant', {
          granted: (funds.grantedOre / 100n).toString(),
          paid: (funds.feesOre / 100n).toString(),
        });
      const fee = await tx.signOnFee.create({
        data: {
          partnershipId: member.partnershipId,
          memberId: member.id,
          amountOre: input.amountOre,
          paidOn: input.paidOn,
          note: input.note,
        },
      });
      await audit(tx, ctx, {
        action: 'create',
        entityType: 'SignOnFee',
        entityId: fee.id,
        partnershipId: member.partnershipId,
        changes: {
          organisation: [null, member.organisation.name],
          amountOre: [null, input.amountOre],
          paidOn: [null, input.paidOn],
        },
      });
      return fee;
    });
  } catch (error) {
    throw mapPrismaError(error);
  }
}
