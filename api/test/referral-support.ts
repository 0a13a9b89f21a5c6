import {
  createActivity,
  createArea,
  createGuide,
  createOrganisation,
  createPartnership,
  createUser,
} from '@naboskab/seed/factories';
import { gid } from './resource-support.ts';
import { type startTestApi, worldPerFile } from './support.ts';

type App = Awaited<ReturnType<typeof startTestApi>>;

export const REFERRAL_FIELDS = /* GraphQL */ `
  id state fhirTaskStatus nextStep overdue closeReason stillTakingPart noMatchingActivity
  citizen { firstName phone whatMatters } host { name }
  history { fromState toState byHost }
  measures { phase tilsScore who5Percent severeLoneliness }
`;

export const RECORD = /* GraphQL */ `
  mutation Record($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on RecordReferralSuccess { referral { ${REFERRAL_FIELDS} } }
    }
  }
`;

export const TRANSITION = /* GraphQL */ `
  mutation Move($input: TransitionReferralInput!) {
    transitionReferral(input: $input) {
      __typename
      ... on Error { message }
      ... on TransitionReferralSuccess { referral { ${REFERRAL_FIELDS} } }
    }
  }
`;

export const READ = /* GraphQL */ `
  query Read($id: ID!) { node(id: $id) { ... on Referral { ${REFERRAL_FIELDS} } } }
`;

/** A citizen's referral as the new-referral form sends it (fictitious data). */
export const citizen = (partnershipId: string, extra: Record<string, unknown> = {}) => ({
  partnershipId: gid('Partnership', partnershipId),
  source: 'HOUSING_SOCIAL_STAFF',
  firstName: 'Inger',
  phone: '+45 20 30 40 50',
  preferredChannel: 'SMS',
  ageBand: 'AGE_65_79',
  reasons: ['LONELINESS', 'BEREAVEMENT'],
  whatMatters: 'At komme ud og synge igen',
  arenas: ['LEISURE_AND_COMMUNITIES'],
  barriers: ['ANXIETY'],
  accompaniment: true,
  consentScopes: ['CONTACT', 'SHARE_FIRST_NAME_WITH_HOST', 'MEASURES'],
  consentGivenOn: new Date().toISOString().slice(0, 10),
  ...extra,
});

/**
 * Partnership P with a coordinator who is a guide (Mette), a coordinator who is not (Jonas), a guide
 * on the staff of a member association (Ali) and member staff who is not a guide (Sara); Q with
 * its own coordinator-guide; a volunteer, the ministry and an admin.
 */
export async function referralWorld(app: App) {
  const { prisma } = app;
  const area = await createArea(prisma);
  const association = await createOrganisation(prisma, { name: 'Syngeforeningen Test' });
  const mette = await createUser(prisma, { role: 'COORDINATOR', name: 'Mette Guide' });
  const jonas = await createUser(prisma, { role: 'COORDINATOR', name: 'Jonas Koordinator' });
  const ali = await createUser(prisma, {
    role: 'COORDINATOR',
    organisationId: association.id,
    name: 'Ali Guide',
  });
  const sara = await createUser(prisma, {
    role: 'COORDINATOR',
    organisationId: association.id,
    name: 'Sara Medlem',
  });
  const other = await createUser(prisma, { role: 'COORDINATOR', name: 'Anden Koordinator' });
  const volunteer = await createUser(prisma, { role: 'VOLUNTEER' });
  const ministry = await createUser(prisma, { role: 'MINISTRY' });
  const admin = await createUser(prisma, { role: 'ADMIN' });
  const p = await createPartnership(prisma, {
    coordinators: [mette.user.id, jonas.user.id],
    members: [association.id],
    areaIds: [area.id],
  });
  const q = await createPartnership(prisma, { coordinators: [other.user.id], areaIds: [area.id] });
  await createGuide(prisma, p.id, mette.user.id);
  await createGuide(prisma, p.id, ali.user.id);
  await createGuide(prisma, q.id, other.user.id);
  const activity = await createActivity(prisma, { partnershipId: p.id, title: 'Fællessang i beboerhuset' });
  const signedIn = async (account: { user: { email: string }; password: string }, headers = {}) => {
    const client = app.client(headers);
    await client.signIn(account.user.email, account.password);
    return client;
  };
  return {
    area,
    association,
    activity,
    p,
    q,
    people: { mette, jonas, ali, sara, other, volunteer, ministry, admin },
    as: {
      mette: await signedIn(mette),
      jonas: await signedIn(jonas),
      ali: await signedIn(ali),
      aliEn: await signedIn(ali, { 'accept-language': 'en' }),
      sara: await signedIn(sara),
      other: await signedIn(other),
      volunteer: await signedIn(volunteer),
      ministry: await signedIn(ministry),
      admin: await signedIn(admin),
      anonymous: app.client(),
    },
  };
}

/** The API and the referral world, started once for the calling test file. */
export const referralWorldPerFile = () => worldPerFile(referralWorld);

export const SET_GUIDE = /* GraphQL */ `
  mutation ($input: SetPartnershipGuideInput!) { setPartnershipGuide(input: $input) { __typename } }
`;

export const REMOVE_COORDINATOR = /* GraphQL */ `
  mutation ($input: PartnershipCoordinatorInput!) {
    removePartnershipCoordinator(input: $input) { __typename }
  }
`;

const CONNECT = /* GraphQL */ `
  mutation ($input: ConnectReferralInput!) { connectReferral(input: $input) { __typename } }
`;

type World = Awaited<ReturnType<typeof referralWorld>>;

/** Records a referral as Ali and moves it to IN_PROGRESS (ready to connect); returns its id. */
export async function inProgressReferral(w: World): Promise<string> {
  const recorded = await w.as.ali.gql(RECORD, { input: citizen(w.p.id) });
  const referralId = recorded.data?.recordReferral.referral.id as string;
  for (const [from, to] of [
    ['REQUESTED', 'ACCEPTED'],
    ['ACCEPTED', 'IN_PROGRESS'],
  ]) {
    await w.as.ali.gql(TRANSITION, { input: { referralId, from, to } });
  }
  return referralId;
}

/** As inProgressReferral, then CONNECTED at the world's activity; returns its id. */
export async function connectedReferral(w: World): Promise<string> {
  const referralId = await inProgressReferral(w);
  const connected = await w.as.ali.gql(CONNECT, {
    input: {
      referralId,
      activityId: gid('Activity', w.activity.id),
      hostName: 'Karen Vært',
      hostEmail: 'karen@forening.example',
    },
  });
  if (connected.data?.connectReferral.__typename !== 'ConnectReferralSuccess') {
    throw new Error(`Connecting failed: ${JSON.stringify(connected)}`);
  }
  return referralId;
}
