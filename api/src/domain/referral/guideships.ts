import type { Prisma } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { audit } from '../audit.ts';
import { inPartnershipWhere } from './access.ts';

/**
 * Locks the partnership's row for a change of who guides there: making a guide (a check that they
 * belong, then a write) and a removal that ends guideships take turns, so neither misses the other.
 */
export async function lockGuideships(tx: Prisma.TransactionClient, partnershipId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Partnership" WHERE "id" = ${partnershipId}::uuid FOR UPDATE`;
}

/**
 * Ends, in the caller's transaction, the guideships in a partnership of those who no longer belong
 * to it (removed as coordinator, or their organisation as member), audited as setPartnershipGuide
 * audits them, so someone added back later is not silently a guide again.
 */
export async function endGuideshipsOfLeavers(
  tx: Prisma.TransactionClient,
  ctx: Context,
  partnershipId: string,
): Promise<void> {
  await lockGuideships(tx, partnershipId);
  const left = await tx.partnershipGuide.findMany({
    where: { partnershipId, NOT: { user: inPartnershipWhere(partnershipId) } },
    select: { userId: true },
  });
  if (left.length === 0) return;
  const userIds = left.map((row) => row.userId);
  await tx.partnershipGuide.deleteMany({ where: { partnershipId, userId: { in: userIds } } });
  for (const userId of userIds) {
    await audit(tx, ctx, {
      action: 'partnershipGuide.remove',
      entityType: 'User',
      entityId: userId,
      partnershipId,
    });
  }
}
