import { createArea, createOrganisation, createPartnership, createUser } from '@naboskab/seed/factories';
import type { startTestApi } from './support.ts';

type App = Awaited<ReturnType<typeof startTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
export const EN = { 'accept-language': 'en' };

/** Two partnerships (A coordinated by `coordinator`, B by `otherCoordinator`) and a client per role. */
export async function partnershipWorld(app: App) {
  const { prisma } = app;
  const area = await createArea(prisma, { name: 'Gellerupparken', municipalityCode: '0751' });
  const otherArea = await createArea(prisma, { name: 'Vollsmose', municipalityCode: '0461' });
  const users = {
    admin: await createUser(prisma, { role: 'ADMIN' }),
    coordinator: await createUser(prisma, { role: 'COORDINATOR' }),
    otherCoordinator: await createUser(prisma, { role: 'COORDINATOR' }),
    volunteer: await createUser(prisma, { role: 'VOLUNTEER' }),
    ministry: await createUser(prisma, { role: 'MINISTRY' }),
  };
  const partnership = await createPartnership(prisma, {
    name: 'Fællesskab i Gellerup',
    slug: 'faellesskab-i-gellerup',
    status: 'ACTIVE',
    areaIds: [area.id],
    coordinators: [users.coordinator.user.id],
  });
  const otherPartnership = await createPartnership(prisma, {
    name: 'Vollsmose sammen',
    slug: 'vollsmose-sammen',
    status: 'PLANNED',
    areaIds: [otherArea.id],
    coordinators: [users.otherCoordinator.user.id],
  });
  const association = await createOrganisation(prisma, {
    name: 'Gellerup Boldklub',
    kind: 'VOLUNTARY_ASSOCIATION',
  });
  const housing = await createOrganisation(prisma, {
    name: 'Brabrand Boligforening',
    kind: 'HOUSING_ORGANISATION',
  });
  const as = async (role: keyof typeof users, headers: Record<string, string> = {}) => {
    const client = app.client(headers);
    await client.signIn(users[role].user.email, users[role].password);
    return client;
  };
  return { area, otherArea, users, partnership, otherPartnership, association, housing, as };
}

/** The number of rows in the tables a partnership mutation may write. */
export async function rowCounts(app: App) {
  const p = app.prisma;
  return {
    partnerships: await p.partnership.count(),
    members: await p.partnershipMember.count(),
    coordinators: await p.partnershipCoordinator.count(),
    areas: await p.partnershipArea.count(),
    people: await p.person.count(),
    fees: await p.signOnFee.count(),
    grants: await p.grant.count(),
    organisations: await p.organisation.count(),
    audit: await p.auditEntry.count(),
  };
}
