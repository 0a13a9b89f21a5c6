import {
  buildLonelinessCounts,
  buildOutcomeReport,
  LONELINESS_ITEMS,
  type LonelinessCounts,
} from '../factories/outcome-report.ts';
import type { Rng } from '../random.ts';
import { addDays, REFERENCE_DATE } from '../time.ts';
import type { BuiltPartnership } from './build-partnership.ts';
import type { SeedContext } from './context.ts';

/** Half-years (1 Jan-30 Jun, 1 Jul-31 Dec) that start on or after `from` and end before `until`. */
export function halfYears(from: Date, until: Date): { start: Date; end: Date }[] {
  const periods: { start: Date; end: Date }[] = [];
  let year = from.getUTCFullYear();
  let half = from.getUTCMonth() < 6 ? 0 : 1;
  if (from.getUTCDate() !== 1 || from.getUTCMonth() % 6 !== 0) half += 1;
  for (;;) {
    if (half === 2) [year, half] = [year + 1, 0];
    const start = new Date(Date.UTC(year, half * 6, 1));
    const end = addDays(new Date(Date.UTC(half === 1 ? year + 1 : year, half === 1 ? 0 : 6, 1)), -1);
    if (end >= until) return periods;
    periods.push({ start, end });
    half += 1;
  }
}

function split(rng: Rng, respondents: number, lonely: number): [number, number, number] {
  const often = Math.round(respondents * Math.max(0.03, lonely + (rng.next() - 0.5) * 0.06));
  const sometimes = Math.round(respondents * 0.38);
  return [respondents - often - sometimes, sometimes, often];
}

/**
 * Half-yearly outcome reports up to the reference date, with participation growing over time.
 * Local partnerships also report UCLA-3 counts: the follow-up share answering "often" falls.
 */
export function buildOutcomes(ctx: SeedContext, p: BuiltPartnership): void {
  const { rng } = p;
  const respondents = rng.int(40, 90);
  const baseline = 0.3 + rng.next() * 0.08;
  halfYears(p.startsOn, REFERENCE_DATE).forEach(({ start, end }, i) => {
    const reached = Math.round((p.local ? 80 : 150) * (1 + i * 0.35) + rng.int(0, 30));
    const report = buildOutcomeReport({
      partnershipId: p.id,
      periodStart: start,
      periodEnd: end,
      participantsReached: reached,
      newParticipantsBridged: Math.round(reached * (0.15 + rng.next() * 0.1)),
      activitiesHeld: rng.int(30, 80) + i * 6,
      volunteersActive: rng.int(12, 30) + i * 3,
      createdAt: addDays(end, rng.int(10, 40)),
    });
    ctx.rows.outcomeReport.push(report);
    if (!p.local) return;
    const followUp = Math.max(0.08, baseline - 0.03 * (i + 1));
    const counts = {
      BASELINE: Object.fromEntries(LONELINESS_ITEMS.map((item) => [item, split(rng, respondents, baseline)])),
      FOLLOW_UP: Object.fromEntries(
        LONELINESS_ITEMS.map((item) => [item, split(rng, respondents - rng.int(0, 8), followUp)]),
      ),
    } as LonelinessCounts;
    ctx.rows.lonelinessCount.push(...buildLonelinessCounts(report.id, counts));
  });
}
