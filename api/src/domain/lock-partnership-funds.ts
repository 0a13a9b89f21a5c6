import type { Prisma } from '@naboskab/db';
import { AWARDED } from '../schema/funding/types.ts';
import { lockRow } from './lock-row.ts';

/**
 * Locks the partnership's row (SELECT … FOR UPDATE) until the transaction ends, then returns its
 * awarded grant total and sign-on fees total in øre. Every write that could push the fees above
 * the grant takes this lock first, so concurrent writes queue instead of overshooting together.
 */
export async function lockPartnershipFunds(tx: Prisma.TransactionClient, partnershipId: string) {
  if (!(await lockRow(tx, 'Partnership', partnershipId))) return null;
  // One after the other: a transaction is one connection.
  const grants = await tx.grant.aggregate({
    where: { partnershipId, status: { in: [...AWARDED] } },
    _sum: { amountOre: true },
  });
  const fees = await tx.signOnFee.aggregate({ where: { partnershipId }, _sum: { amountOre: true } });
  return { grantedOre: grants._sum.amountOre ?? 0n, feesOre: fees._sum.amountOre ?? 0n };
}
