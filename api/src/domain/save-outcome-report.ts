import type { LonelinessItem, LonelinessPhase, Prisma } from '@naboskab/db';
import type { Context } from '../context.ts';
import { fieldIssue, mapPrismaError, NotFoundError } from '../errors.ts';
import { audit, changedFields } from './audit.ts';
import { lockRow } from './lock-row.ts';
import { recordsReferrals } from './referral/records-referrals.ts';

export interface LonelinessEntry {
  phase: LonelinessPhase;
  item: LonelinessItem;
  answer: number;
  count: number;
}

export interface OutcomeFigures {
  periodStart: Date;
  periodEnd: Date;
  participantsReached: number;
  /** Typed only by a partnership without referrals; null once they are counted. */
  newParticipantsBridged: number | null;
  activitiesHeld: number;
  volunteersActive: number;
  loneliness: LonelinessEntry[];
}

type Target =
  | { partnershipId: string; reportId?: undefined }
  | { reportId: string; partnershipId?: undefined };

/**
 * Creates a report (target.partnershipId) or replaces one's figures (target.reportId), after the
 * checks that need the partnership's other reports: periods never overlap, and a follow-up UCLA-3
 * count for an item needs a baseline for it in the same report or an earlier one (also for later
 * reports when an edit removes a baseline). Serialised per partnership by a row lock.
 */
export async function saveOutcomeReport(ctx: Context, target: Target, figures: OutcomeFigures) {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const existing = target.reportId ? await lockedOutcomeReport(tx, target.reportId) : null;
      const partnershipId = existing?.partnershipId ?? (target.partnershipId as string);
      if (!existing && !(await lockRow(tx, 'Partnership', partnershipId))) throw new NotFoundError();
      await checkBridgedFigure(tx, partnershipId, figures.newParticipantsBridged);

      const others = await tx.outcomeReport.findMany({
        where: { partnershipId, ...(existing ? { id: { not: existing.id } } : {}) },
        select: {
          periodStart: true,
          periodEnd: true,
          loneliness: { select: { phase: true, item: true, count: true } },
        },
        orderBy: { periodStart: 'asc' },
      });
      if (others.some((o) => o.periodStart <= figures.periodEnd && figures.periodStart <= o.periodEnd))
        throw fieldIssue(['input', 'periodStart'], 'outcome.periodOverlaps');
      const timeline = [...others, { ...figures, self: true }].sort(
        (a, b) => a.periodStart.getTime() - b.periodStart.getTime(),
      );
      if (!followUpsHaveBaselines(timeline))
        throw fieldIssue(['input', 'loneliness'], 'outcome.followUpNeedsBaseline');

      const data = {
        periodStart: figures.periodStart,
        periodEnd: figures.periodEnd,
        participantsReached: figures.participantsReached,
        // Counted from referrals when null; the stored column then stays 0 and is not read.
        newParticipantsBridged: figures.newParticipantsBridged ?? 0,
        activitiesHeld: figures.activitiesHeld,
        volunteersActive: figures.volunteersActive,
      };
      const report = existing
        ? await tx.outcomeReport.update({ where: { id: existing.id }, data })
        : await tx.outcomeReport.create({ data: { ...data, partnershipId } });
      if (existing) await tx.lonelinessCount.deleteMany({ where: { reportId: report.id } });
      if (figures.loneliness.length)
        await tx.lonelinessCount.createMany({
          data: figures.loneliness.map((entry) => ({ ...entry, reportId: report.id })),
        });
      await audit(tx, ctx, {
        action: existing ? 'update' : 'create',
        entityType: 'OutcomeReport',
        entityId: report.id,
        partnershipId,
        changes: existing
          ? {
              ...changedFields(existing, data),
              ...(JSON.stringify(sortedCounts(existing.loneliness)) !==
              JSON.stringify(sortedCounts(figures.loneliness))
                ? {
                    loneliness: [sortedCounts(existing.loneliness), sortedCounts(figures.loneliness)] as [
                      unknown,
                      unknown,
                    ],
                  }
                : {}),
            }
          : Object.fromEntries(
              Object.entries({ ...data, loneliness: sortedCounts(figures.loneliness) }).map(([k, v]) => [
                k,
                [null, v],
              ]),
            ),
      });
      return report;
    });
  } catch (error) {
    throw mapPrismaError(error);
  }
}

/**
 * A report with its counts, read under its partnership's row lock (taken here, as every change of
 * the partnership's reports takes it): an edit or deletion at the same moment is over, and seen.
 */
export async function lockedOutcomeReport(tx: Prisma.TransactionClient, id: string) {
  const found = await tx.outcomeReport.findUnique({ where: { id }, select: { partnershipId: true } });
  if (!found) throw new NotFoundError();
  await lockRow(tx, 'Partnership', found.partnershipId);
  const report = await tx.outcomeReport.findUnique({ where: { id }, include: { loneliness: true } });
  if (!report) throw new NotFoundError();
  return report;
}

/**
 * A typed figure only where the app cannot count it: required without referrals, refused with.
 * Race-free under the caller's partnership row lock: a first referral's foreign key waits for it.
 */
async function checkBridgedFigure(tx: Prisma.TransactionClient, partnershipId: string, typed: number | null) {
  const counted = await recordsReferrals(tx, partnershipId);
  if (counted && typed !== null)
    throw fieldIssue(['input', 'newParticipantsBridged'], 'outcome.bridgedCounted');
  if (!counted && typed === null)
    throw fieldIssue(['input', 'newParticipantsBridged'], 'outcome.bridgedRequired');
}

export function sortedCounts(entries: LonelinessEntry[]) {
  return entries
    .filter((e) => e.count > 0)
    .map(({ phase, item, answer, count }) => ({ phase, item, answer, count }))
    .sort((a, b) => `${a.phase}${a.item}${a.answer}`.localeCompare(`${b.phase}${b.item}${b.answer}`));
}

/** Walks the reports in period order: every item with follow-up answers has had a baseline. */
export function followUpsHaveBaselines(
  reports: { loneliness: { phase: LonelinessPhase; item: LonelinessItem; count: number }[] }[],
): boolean {
  const seen = new Set<LonelinessItem>();
  for (const report of reports) {
    const answered = (phase: LonelinessPhase) =>
      new Set(report.loneliness.filter((e) => e.phase === phase && e.count > 0).map((e) => e.item));
    for (const item of answered('BASELINE')) seen.add(item);
    for (const item of answered('FOLLOW_UP')) if (!seen.has(item)) return false;
  }
  return true;
}
