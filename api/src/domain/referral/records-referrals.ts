import type { Prisma, PrismaClient } from '@naboskab/db';

/**
 * Whether a partnership records referrals: from its first one on, its "new participants bridged" is
 * the count of confirmed first attendances (summarise-partnership.ts, load-map-data.ts), not typed.
 */
export async function recordsReferrals(db: PrismaClient | Prisma.TransactionClient, partnershipId: string) {
  return (await db.referral.findFirst({ where: { partnershipId }, select: { id: true } })) !== null;
}
