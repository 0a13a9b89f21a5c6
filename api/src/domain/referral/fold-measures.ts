import type { Prisma, Referral } from '@naboskab/db';
import { SEVERE_TILS, tilsScore, who5Raw } from './scores.ts';

/**
 * On closing, a referral's measures become sums: a baseline paired with the latest later measure
 * (follow-up, else end) adds to the totals of its partnership, association and month of referral;
 * then the per-referral answers are deleted. A referral without such a pair adds nothing.
 */
export async function foldMeasures(tx: Prisma.TransactionClient, referral: Referral): Promise<void> {
  const measures = await tx.referralMeasure.findMany({ where: { referralId: referral.id } });
  const baseline = measures.find((m) => m.phase === 'BASELINE');
  const later = measures.find((m) => m.phase === 'FOLLOW_UP') ?? measures.find((m) => m.phase === 'END');
  if (baseline && later) {
    const month = new Date(
      Date.UTC(referral.referredAt.getUTCFullYear(), referral.referredAt.getUTCMonth(), 1),
    );
    const organisationId = referral.organisationId;
    const cell = `${referral.partnershipId}|${organisationId ?? '-'}|${month.toISOString().slice(0, 7)}`;
    const sums = {
      pairs: 1,
      tilsBaseline: tilsScore(baseline.tils),
      tilsLater: tilsScore(later.tils),
      who5Baseline: who5Raw(baseline.who5),
      who5Later: who5Raw(later.who5),
      severeBaseline: tilsScore(baseline.tils) >= SEVERE_TILS ? 1 : 0,
      severeLater: tilsScore(later.tils) >= SEVERE_TILS ? 1 : 0,
    };
    const increments = Object.fromEntries(
      Object.entries(sums).map(([key, value]) => [key, { increment: value }]),
    );
    // An upsert on the unique cell: concurrent closings in one cell add up instead of overwriting.
    await tx.referralMeasureTotal.upsert({
      where: { cell },
      create: { cell, partnershipId: referral.partnershipId, organisationId, month, ...sums },
      update: increments,
    });
  }
  await tx.referralMeasure.deleteMany({ where: { referralId: referral.id } });
}
