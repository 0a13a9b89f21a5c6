import type { Context } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';
import { lockPartnershipFunds } from './lock-partnership-funds.ts';

/**
 * Deletes a grant recorded by mistake, only while nothing of it is paid and the partnership's
 * sign-on fees stay within its remaining grants. Under the partnership's row lock (the one saveGrant
 * takes), and the delete itself is conditional, so a payment recorded meanwhile wins.
 */
export async function deleteGrant(ctx: Context, id: string): Promise<string> {
  return ctx.prisma.$transaction(async (tx) => {
    const grant = await tx.grant.findUnique({
      where: { id },
      include: { recipientOrganisation: { select: { name: true } } },
    });
    if (!grant) throw new NotFoundError();
    await lockPartnershipFunds(tx, grant.partnershipId);
    const { count } = await tx.grant.deleteMany({
      where: { id, paidOre: 0n, status: { in: ['APPLIED', 'GRANTED'] } },
    });
    if (count === 0) {
      const still = await tx.grant.findUnique({ where: { id }, select: { id: true } });
      throw still ? new ConflictError('grant.paidCannotDelete') : new NotFoundError();
    }
    const funds = await lockPartnershipFunds(tx, grant.partnershipId);
    if (funds && funds.feesOre > funds.grantedOre)
      throw new ConflictError('grant.feesNeedIt', { paid: (funds.feesOre / 100n).toString() });
    await audit(tx, ctx, {
      action: 'delete',
      entityType: 'Grant',
      entityId: id,
      partnershipId: grant.partnershipId,
      changes: {
        caseNumber: [grant.caseNumber, null],
        organisation: [grant.recipientOrganisation.name, null],
        amountOre: [grant.amountOre, null],
        status: [grant.status, null],
      },
    });
    return grant.partnershipId;
  });
}
