import type { Prisma, PrismaClient, Referral, ReferralState } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { nextSeq } from './sequence.ts';

/** Makes a user a fællesskabsguide of a partnership. */
export async function createGuide(
  prisma: PrismaClient,
  partnershipId: string,
  userId: string,
): Promise<void> {
  await prisma.partnershipGuide.create({ data: { partnershipId, userId } });
}

// The date column each state stamps (mirrors api/src/domain/referral/states.ts).
const STAMPS: [ReferralState, keyof Prisma.ReferralCreateManyInput][] = [
  ['ACCEPTED', 'contactedAt'],
  ['IN_PROGRESS', 'firstConversationAt'],
  ['CONNECTED', 'connectedAt'],
  ['ATTENDING', 'firstAttendanceAt'],
  ['FOLLOW_UP', 'followUpAt'],
];

/**
 * A referral with consent, in `path`'s last state after walking `path` (one history row each, the
 * given days after the referral). Contact data are fictitious; never a CPR number.
 */
export function buildReferral(
  input: Partial<Prisma.ReferralCreateManyInput> & { partnershipId: string; guideUserId: string },
  path: { state: ReferralState; day: number }[] = [],
): {
  referral: Prisma.ReferralCreateManyInput & { id: string };
  changes: Prisma.ReferralStateChangeCreateManyInput[];
} {
  const id = uuidv7();
  const referredAt = new Date(input.referredAt ?? Date.now());
  const at = (day: number) => new Date(referredAt.getTime() + day * 86_400_000);
  const n = nextSeq();
  const referral: Prisma.ReferralCreateManyInput & { id: string } = {
    id,
    source: 'HOUSING_SOCIAL_STAFF',
    ageBand: 'AGE_65_79',
    reasons: ['LONELINESS'],
    arenas: ['LEISURE_AND_COMMUNITIES'],
    barriers: [],
    accompaniment: false,
    firstName: `Borger ${n}`,
    phone: `+45 20 ${String(100000 + (n % 900000)).slice(0, 6)}`,
    preferredChannel: 'PHONE',
    consentScopes: ['CONTACT', 'SHARE_FIRST_NAME_WITH_HOST', 'MEASURES'],
    consentGivenOn: new Date(
      Date.UTC(referredAt.getUTCFullYear(), referredAt.getUTCMonth(), referredAt.getUTCDate()),
    ),
    consentRecordedById: input.guideUserId,
    ...input,
    referredAt,
  };
  const changes: Prisma.ReferralStateChangeCreateManyInput[] = [
    { id: uuidv7(), referralId: id, toState: 'REQUESTED', at: referredAt, byUserId: input.guideUserId },
  ];
  let state: ReferralState = 'REQUESTED';
  for (const step of path) {
    changes.push({
      id: uuidv7(),
      referralId: id,
      fromState: state,
      toState: step.state,
      at: at(step.day),
      byUserId: input.guideUserId,
    });
    const stamp = STAMPS.find(([s]) => s === step.state)?.[1];
    if (stamp && !referral[stamp]) Object.assign(referral, { [stamp]: at(step.day) });
    if (['CLOSED', 'DECLINED', 'NO_CONTACT'].includes(step.state)) referral.closedAt = at(step.day);
    state = step.state;
    referral.stateChangedAt = at(step.day);
  }
  referral.state = state;
  return { referral, changes };
}

export async function createReferral(
  prisma: PrismaClient,
  input: Parameters<typeof buildReferral>[0],
  path: Parameters<typeof buildReferral>[1] = [],
): Promise<Referral> {
  const { referral, changes } = buildReferral(input, path);
  const created = await prisma.referral.create({ data: referral });
  await prisma.referralStateChange.createMany({ data: changes });
  return created;
}
