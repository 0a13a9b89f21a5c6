import type { PrismaClient } from '@naboskab/db';
import { tilsScore, who5Percent, who5Raw } from './scores.ts';
import { FHIR_TASK_STATUS } from './states.ts';

/** Everything held about the citizen of one referral, for a request for access (GDPR art. 15). */
export async function exportReferral(prisma: PrismaClient, referralId: string) {
  const referral = await prisma.referral.findUniqueOrThrow({
    where: { id: referralId },
    include: {
      changes: { orderBy: { at: 'asc' }, select: { fromState: true, toState: true, at: true, byHost: true } },
      measures: { orderBy: { recordedAt: 'asc' } },
      activity: { select: { title: true } },
      organisation: { select: { name: true } },
      partnership: { select: { name: true } },
    },
  });
  const { changes, measures, activity, organisation, partnership, ...fields } = referral;
  return {
    partnership: partnership.name,
    ...fields,
    fhirTaskStatus: FHIR_TASK_STATUS[referral.state],
    activity: activity?.title ?? null,
    association: organisation?.name ?? null,
    history: changes,
    measures: measures.map((m) => ({
      phase: m.phase,
      recordedAt: m.recordedAt,
      tils: m.tils,
      tilsScore: tilsScore(m.tils),
      ons: m.ons,
      who5: m.who5,
      who5Percent: who5Percent(who5Raw(m.who5)),
    })),
  };
}
