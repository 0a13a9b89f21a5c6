import type { Context } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { audit } from './audit.ts';
import { followUpsHaveBaselines, lockedOutcomeReport, sortedCounts } from './save-outcome-report.ts';

/**
 * Deletes an outcome report entered by mistake, unless a later report's follow-up counts need its
 * baseline. Serialised with saveOutcomeReport by the partnership's row lock; the history keeps the
 * figures.
 */
export async function deleteOutcomeReport(ctx: Context, id: string): Promise<string> {
  return ctx.prisma.$transaction(async (tx) => {
    const report = await lockedOutcomeReport(tx, id);
    const others = await tx.outcomeReport.findMany({
      where: { partnershipId: report.partnershipId, id: { not: id } },
      select: { loneliness: { select: { phase: true, item: true, count: true } } },
      orderBy: { periodStart: 'asc' },
    });
    if (!followUpsHaveBaselines(others)) throw new ConflictError('outcome.baselineNeeded');
    await tx.outcomeReport.delete({ where: { id } });
    const { id: _id, partnershipId, createdAt: _c, updatedAt: _u, loneliness, ...figures } = report;
    await audit(tx, ctx, {
      action: 'delete',
      entityType: 'OutcomeReport',
      entityId: id,
      partnershipId,
      changes: Object.fromEntries(
        Object.entries({ ...figures, loneliness: sortedCounts(loneliness) }).map(([k, v]) => [k, [v, null]]),
      ),
    });
    return partnershipId;
  });
}
