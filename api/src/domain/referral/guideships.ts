import type { Prisma } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { audit } from '../audit.ts';
import { lockRow } from '../lock-row.ts';
import { inPartnershipWhere } from './access.ts';

// Who guides where changes under row locks taken in one order, so no two changes deadlock: the
// person's User row first, then the partnership's row, then the guideship rows.

/**
 * Locks the partnership's row for a change of who guides there: making a guide (a check that they
 * belong, then a write) and a removal that ends guideships take turns, so neither misses the other.
 */
export async function lockGuideships(tx: Prisma.TransactionClient, partnershipId: string): Promise<void> {
  await lockRow(tx, 'Partnership', partnershipId);
}

/**
 * Holds the person's row while they are made a guide. Deactivating them or changing their role
 * updates that row, so the two take turns: the check that they may guide sees the exit, or the exit
 * sees the new guideship and ends it. FOR SHARE, so rows that merely refer to the person (audit
 * entries, sessions) are written meanwhile without waiting.
 */
export async function holdGuideCandidate(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await lockRow(tx, 'User', userId, 'SHARE');
}

/**
 * Ends, in the caller's transaction, the guideships in a partnership of those who no longer belong
 * to it (removed as coordinator, or their organisation as member), so someone added back later is
 * not silently a guide again.
 */
export async function endGuideshipsOfLeavers(
  tx: Prisma.TransactionClient,
  ctx: Context,
  partnershipId: string,
): Promise<void> {
  await lockGuideships(tx, partnershipId);
  const left = await tx.partnershipGuide.findMany({
    where: { partnershipId, NOT: { user: inPartnershipWhere(partnershipId) } },
    select: { partnershipId: true, userId: true },
  });
  await endGuideships(tx, ctx, left);
}

/**
 * Ends every guideship of a user who can guide nowhere any more (deactivated, or no longer a
 * coordinator), in the caller's transaction, so reactivating them or giving the role back does not
 * silently make them a guide again. The caller has already updated the user's row, so no one can
 * make them a guide meanwhile (holdGuideCandidate waits for it); their partnerships are locked
 * next, in id order, as every other change of guides locks them.
 */
export async function endGuideshipsOfUser(tx: Prisma.TransactionClient, ctx: Context, userId: string) {
  const guided = await tx.partnershipGuide.findMany({
    where: { userId },
    select: { partnershipId: true },
    orderBy: { partnershipId: 'asc' },
  });
  for (const { partnershipId } of guided) await lockGuideships(tx, partnershipId);
  // Read again under the locks: a removal may have ended one of them while we waited.
  const current = await tx.partnershipGuide.findMany({
    where: { userId, partnershipId: { in: guided.map((row) => row.partnershipId) } },
    select: { partnershipId: true, userId: true },
  });
  await endGuideships(tx, ctx, current);
}

/** Deletes the guideships, audited as setPartnershipGuide audits a removal. */
async function endGuideships(
  tx: Prisma.TransactionClient,
  ctx: Context,
  ended: { partnershipId: string; userId: string }[],
): Promise<void> {
  if (ended.length === 0) return;
  await tx.partnershipGuide.deleteMany({ where: { OR: ended } });
  for (const { partnershipId, userId } of ended) {
    await audit(tx, ctx, {
      action: 'partnershipGuide.remove',
      entityType: 'User',
      entityId: userId,
      partnershipId,
    });
  }
}
