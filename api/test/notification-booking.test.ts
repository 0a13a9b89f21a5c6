import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { futureDate, gid, resourceWorld, slot } from './resource-support.ts';
import { startTestApi } from './support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof resourceWorld>>;
beforeAll(async () => {
  app = await startTestApi();
  w = await resourceWorld(app);
});
afterAll(() => app.close());

const BOOK = /* GraphQL */ `
  mutation ($input: BookResourceInput!) {
    bookResource(input: $input) { __typename ... on BookResourceSuccess { booking { id } } }
  }
`;
const decide = (name: 'approveBooking' | 'cancelBooking') => /* GraphQL */ `
  mutation ($input: ${name === 'cancelBooking' ? 'CancelBookingInput' : 'DecideBookingInput'}!) {
    ${name}(input: $input) { __typename }
  }
`;
const LIST = /* GraphQL */ `query { notifications(first: 10) { edges { node { kind title link } } } }`;
const kinds = async (client: typeof w.as.coordinator) =>
  ((await client.gql(LIST)).data?.notifications.edges ?? []).map(
    (e: { node: { kind: string; title: string; link: string } }) => e.node,
  );

describe('booking notifications', () => {
  it('tells the owner of a request and a cancellation, and the requester of the decision, never the purpose', async () => {
    const resource = await w.resource({ audience: 'AREA', requiresApproval: true, title: 'Fælleslokalet' });
    const booked = await w.as.neighbour.gql(BOOK, {
      input: {
        resourceId: gid('Resource', resource.id),
        ...slot(futureDate(3), 10, 12),
        purpose: 'Samtalegruppe for enker',
      },
    });
    const bookingId = booked.data?.bookResource.booking.id;
    expect(await kinds(w.as.coordinator)).toEqual([
      {
        kind: 'booking.requested',
        title: 'Ny anmodning om at booke Fælleslokalet',
        link: `/ressourcer/${resource.id}`,
      },
    ]);
    expect(await kinds(w.as.neighbour)).toEqual([]);

    await w.as.coordinator.gql(decide('approveBooking'), { input: { bookingId } });
    expect(await kinds(w.as.neighbour)).toEqual([
      {
        kind: 'booking.approved',
        title: 'Din booking af Fælleslokalet er godkendt',
        link: '/mine-bookinger',
      },
    ]);

    expect(
      (await w.as.neighbour.gql(decide('cancelBooking'), { input: { bookingId } })).data?.cancelBooking
        .__typename,
    ).toBe('CancelBookingSuccess');
    expect((await kinds(w.as.coordinator)).map((n: { kind: string }) => n.kind)).toEqual([
      'booking.cancelled',
      'booking.requested',
    ]);
    expect(JSON.stringify(await app.prisma.notification.findMany())).not.toContain('enker');
    const outbox = await app.prisma.outboxMessage.findMany({ select: { data: true } });
    expect(JSON.stringify(outbox)).not.toContain('enker');
  });
});
