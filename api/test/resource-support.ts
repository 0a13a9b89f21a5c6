import {
  createArea,
  createOrganisation,
  createPartnership,
  createResource,
  createUser,
} from '@naboskab/seed/factories';
import { localParts, localToUtc, nextDate } from '../src/domain/resource/copenhagen-time.ts';
import type { startTestApi } from './support.ts';

type App = Awaited<ReturnType<typeof startTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

export const RESULT = /* GraphQL */ `
  __typename
  ... on Error { message }
  ... on ValidationError { issues { path message } }
`;

/** A Copenhagen weekday (1 = Monday) at least `weeksAhead` weeks from now, as YYYY-MM-DD. */
export function futureDate(weekday: number, weeksAhead = 1): string {
  let date = localParts(new Date(Date.now() + weeksAhead * 7 * 86_400_000)).date;
  while (localParts(localToUtc(date, 720)).weekday !== weekday) date = nextDate(date);
  return date;
}

/** [startsAt, endsAt] as ISO strings, local Copenhagen hours on `date`. */
export function slot(date: string, from: number, to: number) {
  return {
    startsAt: localToUtc(date, from * 60).toISOString(),
    endsAt: localToUtc(date, to * 60).toISOString(),
  };
}

/**
 * Partnership P (area A) with a coordinator and two member organisations; a member of P who is
 * not its coordinator; Q in the same area; R elsewhere; a volunteer, the ministry and an admin.
 */
export async function resourceWorld(app: App) {
  const { prisma } = app;
  const areaA = await createArea(prisma);
  const areaB = await createArea(prisma);
  const housing = await createOrganisation(prisma, {
    kind: 'HOUSING_ORGANISATION',
    name: 'Boligforeningen Test',
  });
  const association = await createOrganisation(prisma, { name: 'Idrætsforeningen Test' });
  const outsiderOrg = await createOrganisation(prisma);
  const coordinator = await createUser(prisma, { role: 'COORDINATOR', name: 'Mette Koordinator' });
  const member = await createUser(prisma, {
    role: 'COORDINATOR',
    organisationId: association.id,
    name: 'Ali Medlem',
  });
  const neighbour = await createUser(prisma, { role: 'COORDINATOR' });
  const other = await createUser(prisma, { role: 'COORDINATOR' });
  const volunteer = await createUser(prisma, { role: 'VOLUNTEER' });
  const ministry = await createUser(prisma, { role: 'MINISTRY' });
  const admin = await createUser(prisma, { role: 'ADMIN' });
  const p = await createPartnership(prisma, {
    coordinators: [coordinator.user.id],
    members: [housing.id, association.id],
    areaIds: [areaA.id],
  });
  const q = await createPartnership(prisma, { coordinators: [neighbour.user.id], areaIds: [areaA.id] });
  const r = await createPartnership(prisma, { coordinators: [other.user.id], areaIds: [areaB.id] });
  const signedIn = async (account: { user: { email: string }; password: string }, headers = {}) => {
    const client = app.client(headers);
    await client.signIn(account.user.email, account.password);
    return client;
  };
  return {
    areaA,
    areaB,
    housing,
    association,
    outsiderOrg,
    p,
    q,
    r,
    people: { coordinator, member, neighbour, other, volunteer, ministry, admin },
    as: {
      coordinator: await signedIn(coordinator),
      coordinatorEn: await signedIn(coordinator, { 'accept-language': 'en' }),
      member: await signedIn(member),
      neighbour: await signedIn(neighbour),
      other: await signedIn(other),
      volunteer: await signedIn(volunteer),
      ministry: await signedIn(ministry),
      admin: await signedIn(admin),
    },
    /** A resource of P (a room open Monday-Friday 09-21 by default). */
    resource: (options: Parameters<typeof createResource>[1] = {}) =>
      createResource(prisma, {
        partnershipId: p.id,
        ownerOrganisationId: housing.id,
        areaId: areaA.id,
        ...options,
      }),
  };
}
