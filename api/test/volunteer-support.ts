import {
  createActivity,
  createArea,
  createOpportunity,
  createOrganisation,
  createPartnership,
  createUser,
} from '@naboskab/seed/factories';
import { type startTestApi, worldPerFile } from './support.ts';

type App = Awaited<ReturnType<typeof startTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** Two partnerships, public and hidden activities, and one signed-in client per role. */
export async function volunteerWorld(app: App) {
  const { prisma } = app;
  const area = await createArea(prisma, { name: 'Testparken', municipalityCode: '0751' });
  const otherArea = await createArea(prisma, { name: 'Andenparken', municipalityCode: '0461' });
  const association = await createOrganisation(prisma, {
    name: 'Frivilligforeningen Testparken',
    email: 'kontakt@forening.example',
    phone: '+45 11 22 33 44',
    kind: 'VOLUNTARY_ASSOCIATION',
  });
  const coordinator = await createUser(prisma, { role: 'COORDINATOR', name: 'Kirsten Koordinator' });
  const otherCoordinator = await createUser(prisma, { role: 'COORDINATOR' });
  const volunteer = await createUser(prisma, {
    role: 'VOLUNTEER',
    name: 'Vera Frivillig',
    email: 'vera@frivillig.example',
  });
  const otherVolunteer = await createUser(prisma, { role: 'VOLUNTEER', name: 'Otto Anden' });
  const ministry = await createUser(prisma, { role: 'MINISTRY' });
  const admin = await createUser(prisma, { role: 'ADMIN' });
  const partnership = await createPartnership(prisma, {
    name: 'Fællesskaber i Testparken',
    coordinators: [coordinator.user.id],
    members: [{ organisationId: association.id, role: 'LEAD' }],
    areaIds: [area.id],
  });
  const otherPartnership = await createPartnership(prisma, {
    coordinators: [otherCoordinator.user.id],
    areaIds: [otherArea.id],
  });
  const activity = await createActivity(prisma, {
    partnershipId: partnership.id,
    areaId: area.id,
    title: 'Fællesspisning i Testparken',
    arenas: ['LEISURE_AND_COMMUNITIES'],
    targetGroups: ['OLDER_PEOPLE'],
    weekdays: [2],
    address: 'Beboerhuset, Testvej 1',
    lat: 56.15,
    lon: 10.13,
  });
  const opportunity = await createOpportunity(prisma, {
    activityId: activity.id,
    contactOrganisationId: association.id,
    title: 'Kok til fællesspisning',
  });
  const hiddenOpportunity = await createOpportunity(prisma, {
    activityId: activity.id,
    contactOrganisationId: association.id,
    title: 'Skjult opgave',
    published: false,
  });
  const hiddenActivity = await createActivity(prisma, {
    partnershipId: partnership.id,
    title: 'Upubliceret aktivitet',
    published: false,
  });
  const otherActivity = await createActivity(prisma, {
    partnershipId: otherPartnership.id,
    areaId: otherArea.id,
    title: 'Lektiecafé i Andenparken',
    arenas: ['DAYCARE_SCHOOL_EDUCATION'],
    targetGroups: ['CHILDREN_AND_FAMILIES'],
    weekdays: [4],
  });
  const otherOpportunity = await createOpportunity(prisma, {
    activityId: otherActivity.id,
    contactOrganisationId: association.id,
    title: 'Lektiehjælper',
  });
  const signedIn = async (account: { user: { email: string }; password: string }, headers = {}) => {
    const client = app.client(headers);
    await client.signIn(account.user.email, account.password);
    return client;
  };
  return {
    area,
    otherArea,
    association,
    partnership,
    otherPartnership,
    activity,
    opportunity,
    hiddenOpportunity,
    hiddenActivity,
    otherActivity,
    otherOpportunity,
    people: { coordinator, otherCoordinator, volunteer, otherVolunteer, ministry, admin },
    as: {
      anonymous: app.client(),
      coordinator: await signedIn(coordinator),
      otherCoordinator: await signedIn(otherCoordinator),
      volunteer: await signedIn(volunteer),
      volunteerEn: await signedIn(volunteer, { 'accept-language': 'en' }),
      otherVolunteer: await signedIn(otherVolunteer),
      ministry: await signedIn(ministry),
      admin: await signedIn(admin),
    },
  };
}

/** The API and the volunteer world, started once for the calling test file. */
export const volunteerWorldPerFile = () => worldPerFile(volunteerWorld);

export const DECIDE_SIGN_UPS = /* GraphQL */ `
  mutation ($input: DecideVolunteerSignUpsInput!) {
    decideVolunteerSignUps(input: $input) {
      __typename
      ... on DecideVolunteerSignUpsSuccess { signUps { id status } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;

export const WITHDRAW_SIGN_UP = /* GraphQL */ `
  mutation ($input: WithdrawSignUpInput!) {
    withdrawSignUp(input: $input) { __typename ... on WithdrawSignUpSuccess { signUp { status } } ... on Error { message } }
  }
`;

/** The __typename of a mutation's result, or the GraphQL error code when it failed as a request. */
export function outcome(
  result: { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] },
  field: string,
) {
  return result.data?.[field]?.__typename ?? result.errors?.[0]?.extensions?.code ?? 'NONE';
}

/** Issue messages by field path, e.g. { 'input.hours': '…' }. */
export function issues(payload: { issues?: { path: string[]; message: string }[] }) {
  return Object.fromEntries((payload.issues ?? []).map((i) => [i.path.join('.'), i.message]));
}
