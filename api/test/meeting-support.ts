import {
  createBooking,
  createMeeting,
  createOrganisation,
  createPartnership,
  createPerson,
  createResource,
  createUser,
} from '@naboskab/seed/factories';
import type { startTestApi } from './support.ts';

type App = Awaited<ReturnType<typeof startTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** Two partnerships and one person in every role the meeting rules distinguish. */
export async function meetingWorld(app: App) {
  const { prisma } = app;
  const memberOrg = await createOrganisation(prisma);
  const coordinator = await createUser(prisma, { role: 'COORDINATOR' });
  const member = await createUser(prisma, { role: 'COORDINATOR', organisationId: memberOrg.id });
  const otherMember = await createUser(prisma, { role: 'COORDINATOR', organisationId: memberOrg.id });
  const otherCoordinator = await createUser(prisma, { role: 'COORDINATOR' });
  const volunteer = await createUser(prisma, { role: 'VOLUNTEER' });
  const ministry = await createUser(prisma, { role: 'MINISTRY' });
  const contact = await createPerson(prisma, { name: 'Kontakt Person' });
  const outsiderPerson = await createPerson(prisma, { name: 'Uden For' });
  const partnership = await createPartnership(prisma, {
    coordinators: [coordinator.user.id],
    members: [{ organisationId: memberOrg.id, contactPersonId: contact.id }],
  });
  const otherPartnership = await createPartnership(prisma, { coordinators: [otherCoordinator.user.id] });
  const signedIn = async (account: { user: { email: string }; password: string }) => {
    const client = app.client();
    await client.signIn(account.user.email, account.password);
    return client;
  };
  return {
    partnership,
    otherPartnership,
    memberOrg,
    contact,
    outsiderPerson,
    people: { coordinator, member, otherMember, otherCoordinator, volunteer, ministry },
    as: {
      coordinator: await signedIn(coordinator),
      member: await signedIn(member),
      otherMember: await signedIn(otherMember),
      otherCoordinator: await signedIn(otherCoordinator),
      volunteer: await signedIn(volunteer),
      ministry: await signedIn(ministry),
    },
    createMeeting: (options: Parameters<typeof createMeeting>[1] = {}) =>
      createMeeting(prisma, { partnershipId: partnership.id, ...options }),
    createBooking: async (options: {
      status: 'CONFIRMED' | 'REQUESTED';
      startsAt: Date;
      endsAt: Date;
      partnershipId?: string;
    }) => {
      const resource = await createResource(prisma, {
        partnershipId: options.partnershipId ?? partnership.id,
      });
      return createBooking(prisma, {
        resourceId: resource.id,
        requestedById: coordinator.user.id,
        status: options.status,
        startsAt: options.startsAt,
        endsAt: options.endsAt,
      });
    },
  };
}

export const inDays = (days: number, hourUtc = 15) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  date.setUTCHours(hourUtc, 0, 0, 0);
  return date;
};

export const RESULT_FIELDS = /* GraphQL */ `
  __typename
  ... on Error { message }
  ... on ValidationError { issues { path message } }
`;

/** Mutations the meeting notification tests send. */
export const INVITE = /* GraphQL */ `
  mutation ($input: InviteToMeetingInput!) { inviteToMeeting(input: $input) { __typename } }
`;
export const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateMeetingInput!) { updateMeeting(input: $input) { __typename } }
`;
export const CANCEL = /* GraphQL */ `
  mutation ($input: MeetingIdInput!) { cancelMeeting(input: $input) { __typename } }
`;
