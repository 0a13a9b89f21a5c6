import type { AgeBand, Prisma, ReferralReason, ReferralSource, ReferralState } from '@naboskab/db';
import { buildReferral } from '../factories/referral.ts';
import { uuidv7 } from '../ids.ts';
import type { Rng } from '../random.ts';
import { addDays } from '../time.ts';
import type { BuiltPartnership } from './build-partnership.ts';
import type { SeedContext } from './context.ts';
import { demoAccounts } from './demo-accounts.ts';
import { firstNames } from './names.ts';

// Where a referral has got to, with the day each step was taken (days after the referral).
const JOURNEYS: { weight: number; path: [ReferralState, number][] }[] = [
  { weight: 3, path: [] },
  { weight: 2, path: [['ACCEPTED', 6]] },
  {
    weight: 2,
    path: [
      ['ACCEPTED', 5],
      ['IN_PROGRESS', 12],
    ],
  },
  {
    weight: 2,
    path: [
      ['ACCEPTED', 4],
      ['IN_PROGRESS', 10],
      ['CONNECTED', 21],
    ],
  },
  {
    weight: 3,
    path: [
      ['ACCEPTED', 3],
      ['IN_PROGRESS', 9],
      ['CONNECTED', 18],
      ['ATTENDING', 26],
    ],
  },
  {
    weight: 1,
    path: [
      ['ACCEPTED', 3],
      ['IN_PROGRESS', 9],
      ['CONNECTED', 18],
      ['ATTENDING', 26],
      ['FOLLOW_UP', 118],
    ],
  },
  {
    weight: 5,
    path: [
      ['ACCEPTED', 2],
      ['IN_PROGRESS', 8],
      ['CONNECTED', 16],
      ['ATTENDING', 24],
      ['FOLLOW_UP', 116],
      ['CLOSED', 120],
    ],
  },
  {
    weight: 1,
    path: [
      ['ACCEPTED', 7],
      ['DECLINED', 9],
    ],
  },
  { weight: 1, path: [['NO_CONTACT', 21]] },
  {
    weight: 1,
    path: [
      ['ACCEPTED', 4],
      ['IN_PROGRESS', 11],
      ['ON_HOLD', 20],
    ],
  },
  {
    weight: 1,
    path: [
      ['ACCEPTED', 4],
      ['IN_PROGRESS', 11],
      ['CLOSED', 40],
    ],
  },
];
const SOURCES: ReferralSource[] = [
  'HOUSING_SOCIAL_STAFF',
  'HOUSING_SOCIAL_STAFF',
  'SELF',
  'MUNICIPALITY',
  'GENERAL_PRACTITIONER',
  'VOLUNTEER',
];
const AGES: AgeBand[] = ['AGE_18_29', 'AGE_30_49', 'AGE_50_64', 'AGE_65_79', 'AGE_65_79', 'AGE_80_PLUS'];
const REASONS: ReferralReason[] = [
  'LONELINESS',
  'SOCIAL_ISOLATION',
  'BEREAVEMENT',
  'MENTAL_WELLBEING',
  'NEW_IN_AREA',
  'LIFE_CHANGE',
  'UNEMPLOYMENT',
];
const WHAT_MATTERS = [
  'At synge i kor igen',
  'At få en gåmakker',
  'At lave mad sammen med andre',
  'At komme ud af lejligheden',
  'At tale dansk med nogen',
  'At spille kort',
  'At bruge mine hænder',
];

const measure = (rng: Rng, lonely: boolean) => ({
  tils: [0, 1, 2].map(() => (lonely ? rng.int(2, 3) : rng.int(1, 2))),
  ons: lonely ? rng.int(3, 5) : rng.int(1, 3),
  who5: [0, 1, 2, 3, 4].map(() => (lonely ? rng.int(0, 3) : rng.int(2, 4))),
});
const sum = (items: number[]) => items.reduce((a, b) => a + b, 0);

/**
 * Referrals of a local partnership's fællesskabsguides: its first coordinator guides (and, in
 * Aarhus, the demo guide on a member association's staff), about 28 referrals over ten months in
 * every state. Open referrals carry their measures; closed ones only the folded totals.
 */
export function buildReferrals(ctx: SeedContext, p: BuiltPartnership): void {
  if (!p.local) return;
  const rng = p.rng.fork('referrals');
  const guides = [p.coordinators[0]?.userId as string];
  const associations = p.members.filter((m) => m.role === 'VOLUNTARY_ASSOCIATION');
  if (p.copy === 0 && p.spec.key === 'aarhus' && associations[0]) {
    const demo = demoAccounts.guide;
    const guide = ctx.user({
      ...demo,
      organisationId: associations[0].organisationId,
      createdAt: p.startsOn,
    });
    guides.push(guide.userId);
  }
  for (const userId of guides)
    ctx.rows.partnershipGuide.push({ partnershipId: p.id, userId, since: p.startsOn });
  const activities = ctx.rows.activity.filter((a) => a.partnershipId === p.id);
  const totals = new Map<string, Prisma.ReferralMeasureTotalCreateManyInput>();
  const journeys = JOURNEYS.flatMap((j) => Array.from({ length: j.weight }, () => j.path));
  for (let i = 0; i < 28; i++) {
    const path = journeys[i % journeys.length] as [ReferralState, number][];
    const lastDay = path.at(-1)?.[1] ?? 0;
    // New referrals from the last weeks (some past the 14-day contact target); the rest spread back.
    const daysAgo = path.length ? rng.int(lastDay + 2, Math.max(lastDay + 3, 300)) : rng.int(1, 25);
    const referredAt = addDays(ctx.now, -daysAgo);
    const state = path.at(-1)?.[0] ?? 'REQUESTED';
    const connected = path.some(([s]) => s === 'CONNECTED');
    const activity = connected && activities.length ? rng.pick(activities) : null;
    const association = connected && associations.length ? rng.pick(associations) : null;
    const unmet = state === 'ON_HOLD' || (state === 'CLOSED' && !connected);
    const { referral, changes } = buildReferral(
      {
        partnershipId: p.id,
        guideUserId: guides[i % guides.length] as string,
        areaId: rng.pick(p.areas).id,
        referredAt,
        source: rng.pick(SOURCES),
        ageBand: rng.pick(AGES),
        reasons: rng.sample(REASONS, rng.int(1, 2)),
        arenas: rng.chance(0.7)
          ? ['LEISURE_AND_COMMUNITIES']
          : ['LEISURE_AND_COMMUNITIES', 'HEALTH_AND_CARE'],
        barriers: rng.chance(0.5) ? ['ANXIETY'] : rng.chance(0.5) ? ['MOBILITY', 'TRANSPORT'] : [],
        accompaniment: rng.chance(0.6),
        firstName: rng.pick(firstNames),
        phone: `+45 ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
        whatMatters: rng.pick(WHAT_MATTERS),
        activityId: activity?.id ?? null,
        organisationId: association?.organisationId ?? null,
        hostName: connected ? `${rng.pick(firstNames)} (vært)` : null,
        hostPhone: connected
          ? `+45 ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`
          : null,
        stillTakingPart: state === 'CLOSED' && connected ? rng.chance(0.75) : null,
        closeReason:
          state === 'CLOSED'
            ? connected
              ? 'TAKING_PART'
              : 'NO_MATCHING_ACTIVITY'
            : state === 'DECLINED'
              ? 'OTHER'
              : null,
        noMatchingActivityAt: unmet ? addDays(referredAt, 19) : null,
        stateBeforeHold: state === 'ON_HOLD' ? 'IN_PROGRESS' : null,
      },
      path.map(([s, day]) => ({ state: s, day })),
    );
    ctx.rows.referral.push(referral);
    ctx.rows.referralStateChange.push(...changes);
    const measured = path.some(([s]) => s === 'IN_PROGRESS');
    if (!measured) continue;
    const baseline = measure(rng, rng.chance(0.7));
    const later = path.some(([s]) => s === 'ATTENDING') ? measure(rng, rng.chance(0.3)) : null;
    if (state !== 'CLOSED') {
      ctx.rows.referralMeasure.push({
        id: uuidv7(),
        referralId: referral.id,
        phase: 'BASELINE',
        ...baseline,
        recordedAt: addDays(referredAt, 9),
      });
      if (later && state === 'FOLLOW_UP')
        ctx.rows.referralMeasure.push({
          id: uuidv7(),
          referralId: referral.id,
          phase: 'FOLLOW_UP',
          ...later,
          recordedAt: addDays(referredAt, 117),
        });
      continue;
    }
    if (!later) continue;
    const month = new Date(Date.UTC(referredAt.getUTCFullYear(), referredAt.getUTCMonth(), 1));
    const cell = `${p.id}|${referral.organisationId ?? '-'}|${month.toISOString().slice(0, 7)}`;
    const total = totals.get(cell) ?? {
      id: uuidv7(),
      cell,
      partnershipId: p.id,
      organisationId: referral.organisationId ?? null,
      month,
      pairs: 0,
      tilsBaseline: 0,
      tilsLater: 0,
      who5Baseline: 0,
      who5Later: 0,
      severeBaseline: 0,
      severeLater: 0,
    };
    total.pairs = (total.pairs ?? 0) + 1;
    total.tilsBaseline = (total.tilsBaseline ?? 0) + sum(baseline.tils);
    total.tilsLater = (total.tilsLater ?? 0) + sum(later.tils);
    total.who5Baseline = (total.who5Baseline ?? 0) + sum(baseline.who5);
    total.who5Later = (total.who5Later ?? 0) + sum(later.who5);
    total.severeBaseline = (total.severeBaseline ?? 0) + (sum(baseline.tils) >= 7 ? 1 : 0);
    total.severeLater = (total.severeLater ?? 0) + (sum(later.tils) >= 7 ? 1 : 0);
    totals.set(cell, total);
  }
  ctx.rows.referralMeasureTotal.push(...totals.values());
}
