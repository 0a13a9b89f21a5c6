import type { PrismaClient } from '@naboskab/db';
import { associationBarOf } from './association-bar.ts';
import { partnershipLoneliness } from './loneliness-cells.ts';
import { FUNDED_GRANT_STATUSES } from './ministry-filter.ts';
import { suppressCount } from './referral/suppression.ts';

/**
 * What the ministry's side panel shows of one funded partnership: organisations only (counted by
 * kind and role), money, period, outcome figures and the number of upcoming meetings. No person is
 * ever read; UCLA-3 sums are suppressed. Null when the partnership does not exist or is not funded.
 */
export async function summarisePartnership(prisma: PrismaClient, id: string, now = new Date()) {
  const partnership = await prisma.partnership.findFirst({
    where: { id, grants: { some: { status: { in: [...FUNDED_GRANT_STATUSES] } } } },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      status: true,
      arenas: true,
      targetGroups: true,
      startsOn: true,
      endsOn: true,
      areas: { select: { area: { select: { name: true, municipality: { select: { name: true } } } } } },
      grants: {
        where: { status: { in: [...FUNDED_GRANT_STATUSES] } },
        orderBy: { startsOn: 'asc' },
        select: {
          id: true,
          caseNumber: true,
          amountOre: true,
          paidOre: true,
          status: true,
          startsOn: true,
          endsOn: true,
          awardedOn: true,
          recipientOrganisation: { select: { name: true, cvr: true } },
          round: {
            select: {
              name: true,
              year: true,
              pool: { select: { name: true, funderName: true, stream: true } },
            },
          },
        },
      },
      _count: {
        select: { meetings: { where: { status: 'PLANNED', startsAt: { gte: now } } }, outcomeReports: true },
      },
    },
  });
  if (!partnership) return null;
  const [members, fees, outcomes, loneliness, referrals, bridged] = await Promise.all([
    prisma.partnershipMember.findMany({
      where: { partnershipId: id },
      select: { role: true, organisation: { select: { kind: true } } },
    }),
    prisma.signOnFee.aggregate({ where: { partnershipId: id }, _sum: { amountOre: true }, _count: true }),
    prisma.outcomeReport.aggregate({
      where: { partnershipId: id },
      _sum: { participantsReached: true, newParticipantsBridged: true, activitiesHeld: true },
      _min: { periodStart: true },
      _max: { periodEnd: true },
    }),
    partnershipLoneliness(prisma, id),
    prisma.referral.count({ where: { partnershipId: id } }),
    prisma.referral.count({ where: { partnershipId: id, firstAttendanceAt: { not: null } } }),
  ]);
  const countBy = <K extends string>(keys: K[]) =>
    [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return {
    ...partnership,
    areas: partnership.areas.map(({ area }) => ({ name: area.name, municipality: area.municipality.name })),
    upcomingMeetings: partnership._count.meetings,
    membersByKind: countBy(members.map((m) => m.organisation.kind)),
    membersByRole: countBy(members.map((m) => m.role)),
    memberCount: members.length,
    associations: members.filter((m) => m.role === 'VOLUNTARY_ASSOCIATION').length,
    associationBar: associationBarOf(partnership.grants.map((g) => g.round.pool.stream)),
    grantedOre: partnership.grants.reduce((s, g) => s + g.amountOre, 0n),
    paidOre: partnership.grants.reduce((s, g) => s + g.paidOre, 0n),
    signOnFeesOre: fees._sum.amountOre ?? 0n,
    signOnFeeCount: fees._count,
    outcomes: {
      reports: partnership._count.outcomeReports,
      firstPeriodStart: outcomes._min.periodStart,
      lastPeriodEnd: outcomes._max.periodEnd,
      participantsReached: outcomes._sum.participantsReached ?? 0,
      // Counted from referrals once the partnership records them (see load-map-data.ts).
      newParticipantsBridged: referrals
        ? suppressCount(bridged).value
        : (outcomes._sum.newParticipantsBridged ?? 0),
      activitiesHeld: outcomes._sum.activitiesHeld ?? 0,
      // Suppressed together with each report's counts (the ministry reads those too).
      loneliness: loneliness.sums,
    },
  };
}

export type PartnershipSummary = NonNullable<Awaited<ReturnType<typeof summarisePartnership>>>;
