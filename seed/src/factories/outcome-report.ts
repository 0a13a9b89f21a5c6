import type { LonelinessItem, LonelinessPhase, Prisma, PrismaClient } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { day } from '../time.ts';
import { partnershipIdOr } from './partnership.ts';

export const LONELINESS_ITEMS: LonelinessItem[] = ['LACKS_COMPANY', 'LEFT_OUT', 'ISOLATED'];
export const LONELINESS_PHASES: LonelinessPhase[] = ['BASELINE', 'FOLLOW_UP'];

/** Respondents per answer 1 (hardly ever), 2 (some of the time), 3 (often), per phase and item. */
export type LonelinessCounts = Record<LonelinessPhase, Record<LonelinessItem, [number, number, number]>>;

/** Counts for `respondents` people where follow-up is somewhat less lonely than baseline. */
export function defaultLonelinessCounts(respondents = 40): LonelinessCounts {
  const split = (shares: [number, number, number]): [number, number, number] => {
    const a = Math.round(respondents * shares[0]);
    const b = Math.round(respondents * shares[1]);
    return [a, b, respondents - a - b];
  };
  const baseline = split([0.35, 0.4, 0.25]);
  const followUp = split([0.5, 0.35, 0.15]);
  return {
    BASELINE: { LACKS_COMPANY: baseline, LEFT_OUT: baseline, ISOLATED: baseline },
    FOLLOW_UP: { LACKS_COMPANY: followUp, LEFT_OUT: followUp, ISOLATED: followUp },
  };
}

export function buildOutcomeReport(
  input: Partial<Prisma.OutcomeReportCreateManyInput> & { partnershipId: string },
): Prisma.OutcomeReportCreateManyInput & { id: string } {
  return {
    id: uuidv7(),
    periodStart: day('2026-01-01'),
    periodEnd: day('2026-06-30'),
    participantsReached: 120,
    newParticipantsBridged: 25,
    activitiesHeld: 48,
    volunteersActive: 30,
    ...input,
  };
}

export function buildLonelinessCounts(
  reportId: string,
  counts: LonelinessCounts,
): (Prisma.LonelinessCountCreateManyInput & { id: string })[] {
  return LONELINESS_PHASES.flatMap((phase) =>
    LONELINESS_ITEMS.flatMap((item) =>
      counts[phase][item].map((count, i) => ({ id: uuidv7(), reportId, phase, item, answer: i + 1, count })),
    ),
  );
}

export interface CreateOutcomeReportOptions extends Partial<Prisma.OutcomeReportCreateManyInput> {
  /** UCLA-3 counts; false for none. */
  loneliness?: LonelinessCounts | false;
}

/** An outcome report for a half-year with aggregated UCLA-3 counts (18 rows). */
export async function createOutcomeReport(prisma: PrismaClient, options: CreateOutcomeReportOptions = {}) {
  const { loneliness = defaultLonelinessCounts(), ...input } = options;
  const report = buildOutcomeReport({
    ...input,
    partnershipId: await partnershipIdOr(prisma, input.partnershipId),
  });
  await prisma.outcomeReport.create({ data: report });
  if (loneliness)
    await prisma.lonelinessCount.createMany({ data: buildLonelinessCounts(report.id, loneliness) });
  return prisma.outcomeReport.findUniqueOrThrow({ where: { id: report.id }, include: { loneliness: true } });
}
