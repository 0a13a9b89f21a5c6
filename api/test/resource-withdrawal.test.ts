import { createBooking } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { futureDate, gid, RESULT, resourceWorld, slot } from './resource-support.ts';
import { startTestApi } from './support.ts';

// A resource offered by mistake is withdrawn: unlisted, unbookable, its coming bookings cancelled
// and their requesters told; past bookings and the history keep it.
const WITHDRAW = /* GraphQL */ `
  mutation ($input: WithdrawResourceInput!) {
    withdrawResource(input: $input) {
      ${RESULT}
      ... on WithdrawResourceSuccess { resource { withdrawnAt viewerCanBook } }
    }
  }
`;
const BOOK = /* GraphQL */ `
  mutation ($input: BookResourceInput!) { bookResource(input: $input) { ${RESULT} } }
`;
const UPDATE = /* GraphQL */ `
  mutation ($input: UpdateResourceInput!) { updateResource(input: $input) { ${RESULT} } }
`;
const LIST = /* GraphQL */ `
  query { resources(first: 50) { edges { node { id } } } }
`;

describe('withdrawing a resource', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof resourceWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await resourceWorld(app);
  });
  afterAll(() => app.close());
  const withdraw = (client: (typeof w.as)['coordinator'], id: string) =>
    client.gql(WITHDRAW, { input: { resourceId: gid('Resource', id) } });

  it('cancels the coming bookings, tells their requesters and keeps past ones and the history', async () => {
    const resource = await w.resource({ title: 'Fælleslokalet' });
    const requester = w.people.member.user.id;
    const coming = await createBooking(app.prisma, { resourceId: resource.id, requestedById: requester });
    const past = await createBooking(app.prisma, {
      resourceId: resource.id,
      requestedById: requester,
      status: 'CONFIRMED',
      startsAt: new Date(Date.now() - 3 * 86_400_000),
    });
    const result = await withdraw(w.as.coordinator, resource.id);
    expect(result.data?.withdrawResource.resource.withdrawnAt).toEqual(expect.any(String));
    expect(result.data?.withdrawResource.resource.viewerCanBook).toBe(false);
    const statusOf = async (id: string) =>
      (await app.prisma.booking.findUniqueOrThrow({ where: { id } })).status;
    expect(await statusOf(coming.id)).toBe('CANCELLED');
    expect(await statusOf(past.id)).toBe('CONFIRMED');
    const told = await app.prisma.notification.findMany({ where: { kind: 'booking.withdrawn' } });
    expect(told.map((n) => [n.userId, n.objectId])).toEqual([[requester, coming.id]]);
    expect(
      await app.prisma.auditEntry.count({
        where: { entityType: 'Resource', entityId: resource.id, action: 'resource.withdraw' },
      }),
    ).toBe(1);
    const listed = await w.as.coordinator.gql(LIST);
    const ids = listed.data?.resources.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).not.toContain(gid('Resource', resource.id));
  });

  it('refuses a booking of a withdrawn resource and a second withdrawal, in Danish and English', async () => {
    const resource = await w.resource();
    await withdraw(w.as.coordinator, resource.id);
    const booked = await w.as.member.gql(BOOK, {
      input: { resourceId: gid('Resource', resource.id), purpose: 'Møde', ...slot(futureDate(2), 10, 11) },
    });
    expect(booked.data?.bookResource.__typename).toBe('NotFoundError');
    expect((await withdraw(w.as.coordinator, resource.id)).data?.withdrawResource).toEqual({
      __typename: 'ConflictError',
      message: 'Ressourcen er allerede trukket tilbage.',
    });
    expect((await withdraw(w.as.coordinatorEn, resource.id)).data?.withdrawResource.message).toBe(
      'The resource has already been withdrawn.',
    );
  });

  const edit = (client: (typeof w.as)['coordinator'], id: string, title: string) =>
    client.gql(UPDATE, {
      input: {
        id: gid('Resource', id),
        ownerOrganisationId: gid('Organisation', w.housing.id),
        kind: 'ROOM',
        title,
        audience: 'PARTNERSHIP',
        requiresApproval: true,
        openingHours: [],
        exceptions: [],
      },
    });

  it('refuses to edit a withdrawn resource and changes nothing', async () => {
    const resource = await w.resource({ title: 'Trukket tilbage' });
    await withdraw(w.as.coordinator, resource.id);
    expect((await edit(w.as.coordinator, resource.id, 'Ny titel')).data?.updateResource).toEqual({
      __typename: 'ConflictError',
      message: 'Ressourcen er trukket tilbage og kan ikke længere redigeres.',
    });
    expect((await edit(w.as.coordinatorEn, resource.id, 'New title')).data?.updateResource.message).toBe(
      'The resource has been withdrawn and can no longer be edited.',
    );
    const after = await app.prisma.resource.findUniqueOrThrow({ where: { id: resource.id } });
    expect(after.title).toBe('Trukket tilbage');
    expect(
      await app.prisma.auditEntry.count({ where: { entityId: resource.id, action: 'resource.update' } }),
    ).toBe(0);
  });

  it('orders an edit and a withdrawal made at once (row lock): the edit lands whole or not at all', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const resource = await w.resource({ title: 'Før' });
      const [edited, withdrawn] = await Promise.all([
        edit(w.as.coordinator, resource.id, `Efter ${attempt}`),
        withdraw(w.as.coordinator, resource.id),
      ]);
      expect(withdrawn.data?.withdrawResource.__typename).toBe('WithdrawResourceSuccess');
      const outcome = edited.data?.updateResource.__typename;
      expect(['UpdateResourceSuccess', 'ConflictError']).toContain(outcome);
      const after = await app.prisma.resource.findUniqueOrThrow({ where: { id: resource.id } });
      expect(after.title).toBe(outcome === 'UpdateResourceSuccess' ? `Efter ${attempt}` : 'Før');
      expect(after.withdrawnAt).not.toBeNull();
      expect(
        await app.prisma.auditEntry.count({ where: { entityId: resource.id, action: 'resource.update' } }),
      ).toBe(outcome === 'UpdateResourceSuccess' ? 1 : 0);
    }
  });

  it("refuses members who do not coordinate, other partnerships' coordinators and volunteers", async () => {
    const resource = await w.resource();
    for (const client of [w.as.member, w.as.neighbour, w.as.volunteer, w.as.ministry])
      expect((await withdraw(client, resource.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (await app.prisma.resource.findUniqueOrThrow({ where: { id: resource.id } })).withdrawnAt,
    ).toBeNull();
  });

  it('leaves no live booking behind a concurrent withdrawal (row lock)', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const resource = await w.resource({ requiresApproval: false });
      const [booked] = await Promise.all([
        w.as.member.gql(BOOK, {
          input: {
            resourceId: gid('Resource', resource.id),
            purpose: 'Møde',
            ...slot(futureDate(3), 10 + attempt, 11 + attempt),
          },
        }),
        withdraw(w.as.coordinator, resource.id),
      ]);
      expect(['BookResourceSuccess', 'NotFoundError']).toContain(booked.data?.bookResource.__typename);
      const live = await app.prisma.booking.count({
        where: { resourceId: resource.id, status: { in: ['REQUESTED', 'CONFIRMED'] } },
      });
      expect(live).toBe(0);
    }
  });
});
