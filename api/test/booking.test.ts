import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/context.ts';
import { withBookingClash } from '../src/domain/booking/with-booking-clash.ts';
import { futureDate, gid, RESULT, resourceWorld, slot } from './resource-support.ts';
import { startTestApi } from './support.ts';

const BOOK = /* GraphQL */ `
  mutation Book($input: BookResourceInput!) {
    bookResource(input: $input) {
      ${RESULT}
      ... on BookResourceSuccess { booking { id status purpose startsAt endsAt sequence requesterName viewerCanCancel partnership { name } } }
    }
  }
`;
const decide = (name: 'approveBooking' | 'declineBooking' | 'cancelBooking') => /* GraphQL */ `
  mutation Decide($input: ${name === 'cancelBooking' ? 'CancelBookingInput' : 'DecideBookingInput'}!) {
    ${name}(input: $input) {
      __typename
      ... on Error { message }
      ... on ${name[0]?.toUpperCase()}${name.slice(1)}Success { booking { id status sequence } }
    }
  }
`;
const WEEK = /* GraphQL */ `
  query Week($id: ID!, $from: DateTime!, $to: DateTime!) {
    resource(id: $id) {
      bookings(first: 100, from: $from, to: $to) {
        totalCount
        edges { node { purpose status startsAt requesterName partnership { name } viewerCanDecide viewerIsRequester } }
      }
    }
  }
`;

describe('booking resources', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof resourceWorld>>;
  const bookings = () => app.prisma.booking.count();
  const book = (
    client: typeof w.as.member,
    resourceId: string,
    times: { startsAt: string; endsAt: string },
    purpose = 'Bestyrelsesmøde',
  ) => client.gql(BOOK, { input: { resourceId: gid('Resource', resourceId), purpose, ...times } });

  /** The week view's variables: the week from `date`. */
  const weekOf = (resourceId: string, date: string) => ({
    id: gid('Resource', resourceId),
    from: slot(date, 0, 0).startsAt,
    to: new Date(Date.parse(slot(date, 0, 0).startsAt) + 7 * 86_400_000).toISOString(),
  });

  beforeAll(async () => {
    app = await startTestApi();
    w = await resourceWorld(app);
  });
  afterAll(() => app.close());

  it('confirms at once without approval, and requests with approval; the requester sees their name', async () => {
    const free = await w.resource({ requiresApproval: false });
    const guarded = await w.resource({ requiresApproval: true });
    const date = futureDate(2);
    const confirmed = await book(w.as.member, free.id, slot(date, 10, 12));
    expect(confirmed.data?.bookResource).toMatchObject({
      __typename: 'BookResourceSuccess',
      booking: {
        status: 'CONFIRMED',
        purpose: 'Bestyrelsesmøde',
        sequence: 0,
        requesterName: 'Ali Medlem',
        viewerCanCancel: true,
        partnership: { name: w.p.name },
      },
    });
    const requested = await book(w.as.member, guarded.id, slot(date, 10, 12));
    expect(requested.data?.bookResource.booking.status).toBe('REQUESTED');
    const audit = await app.prisma.auditEntry.count({
      where: { action: 'booking.create', partnershipId: w.p.id },
    });
    expect(audit).toBe(2);
  });

  it('names invalid fields in Danish and English, refuses the past, and writes nothing', async () => {
    const resource = await w.resource();
    const before = await bookings();
    const date = futureDate(2);
    const reversed = { startsAt: slot(date, 12, 13).startsAt, endsAt: slot(date, 10, 11).startsAt };
    const da = (await book(w.as.member, resource.id, reversed, ' ')).data?.bookResource;
    expect(da.__typename).toBe('ValidationError');
    expect(da.issues).toEqual([
      { path: ['input', 'purpose'], message: 'Feltet skal udfyldes.' },
      { path: ['input', 'endsAt'], message: 'Sluttidspunktet skal være efter starttidspunktet.' },
    ]);
    const en = (await book(w.as.coordinatorEn, resource.id, reversed, ' ')).data?.bookResource;
    expect(en.issues).toEqual([
      { path: ['input', 'purpose'], message: 'This field is required.' },
      { path: ['input', 'endsAt'], message: 'The end must be after the start.' },
    ]);
    const yesterday = {
      startsAt: new Date(Date.now() - 86_400_000).toISOString(),
      endsAt: new Date(Date.now() - 82_800_000).toISOString(),
    };
    const past = (await book(w.as.coordinatorEn, resource.id, yesterday)).data?.bookResource;
    expect(past.issues).toEqual([
      { path: ['input', 'startsAt'], message: 'That time has passed. Choose a time in the future.' },
    ]);
    expect(await bookings()).toBe(before);
  });

  it('refuses a slot outside the opening hours or on a closed date, naming the hours', async () => {
    const resource = await w.resource();
    const date = futureDate(2);
    const before = await bookings();
    const early = (await book(w.as.member, resource.id, slot(date, 8, 10))).data?.bookResource;
    expect(early.__typename).toBe('NotAllowedError');
    expect(early.message).toMatch(
      /^Tidsrummet ligger uden for åbningstiden\. Åbent tirsdag den .+: 09:00–21:00\.$/,
    );
    const saturday = (await book(w.as.coordinatorEn, resource.id, slot(futureDate(6), 10, 12))).data
      ?.bookResource;
    expect(saturday.message).toMatch(/^The resource is closed on Saturday/);
    await app.prisma.resourceException.create({
      data: { resourceId: resource.id, date: new Date(`${date}T00:00:00Z`), closed: true, note: 'Maling' },
    });
    const closed = (await book(w.as.member, resource.id, slot(date, 10, 12))).data?.bookResource;
    expect(closed.message).toMatch(/^Ressourcen er lukket tirsdag .+ \(Maling\)\.$/);
    // An exception with other hours replaces the weekly ones.
    const thursday = futureDate(4);
    await app.prisma.resourceException.create({
      data: {
        resourceId: resource.id,
        date: new Date(`${thursday}T00:00:00Z`),
        closed: false,
        opensAt: 6 * 60,
        closesAt: 9 * 60,
      },
    });
    expect((await book(w.as.member, resource.id, slot(thursday, 7, 8))).data?.bookResource.__typename).toBe(
      'BookResourceSuccess',
    );
    expect((await book(w.as.member, resource.id, slot(thursday, 10, 11))).data?.bookResource.message).toMatch(
      /06:00–09:00/,
    );
    expect(await bookings()).toBe(before + 1);
  });

  it('refuses a slot overlapping a confirmed booking, naming its time but not who booked it', async () => {
    const resource = await w.resource({ requiresApproval: false });
    const date = futureDate(3);
    expect(
      (await book(w.as.coordinator, resource.id, slot(date, 10, 12))).data?.bookResource.booking.status,
    ).toBe('CONFIRMED');
    const before = await bookings();
    const clash = (await book(w.as.member, resource.id, slot(date, 11, 13))).data?.bookResource;
    expect(clash.__typename).toBe('ConflictError');
    expect(clash.message).toMatch(
      /^Tidsrummet overlapper en bekræftet booking onsdag den .+ 10\.00–12\.00\.$/,
    );
    expect(clash.message).not.toContain('Mette');
    const en = (await book(w.as.coordinatorEn, resource.id, slot(date, 9, 11))).data?.bookResource;
    expect(en.message).toMatch(/^The time overlaps a confirmed booking Wednesday.+ 10:00–12:00\.$/);
    expect(await bookings()).toBe(before);
    // Touching ends do not clash.
    expect((await book(w.as.member, resource.id, slot(date, 12, 13))).data?.bookResource.__typename).toBe(
      'BookResourceSuccess',
    );
  });

  it('denies volunteers and the ministry, hides resources from other partnerships, and writes nothing', async () => {
    const open = await w.resource({ audience: 'SIGNED_IN' });
    const own = await w.resource({ audience: 'PARTNERSHIP' });
    const area = await w.resource({ audience: 'AREA' });
    const times = slot(futureDate(2), 10, 12);
    const before = await bookings();
    expect((await book(w.as.volunteer, open.id, times)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await book(w.as.ministry, open.id, times)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      (
        await app
          .client()
          .gql(BOOK, { input: { resourceId: gid('Resource', open.id), purpose: 'x', ...times } })
      ).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
    expect((await book(w.as.other, own.id, times)).data?.bookResource.__typename).toBe('NotFoundError');
    expect((await book(w.as.other, area.id, times)).data?.bookResource.__typename).toBe('NotFoundError');
    expect((await book(w.as.neighbour, own.id, times)).data?.bookResource.__typename).toBe('NotFoundError');
    expect(await bookings()).toBe(before);
    // A member of a partnership in the same area may book an AREA resource, anyone signed in (not a volunteer) a SIGNED_IN one.
    expect((await book(w.as.neighbour, area.id, times)).data?.bookResource.__typename).toBe(
      'BookResourceSuccess',
    );
    expect((await book(w.as.other, open.id, times)).data?.bookResource.__typename).toBe(
      'BookResourceSuccess',
    );
  });

  it('lets the owner approve or decline a request, bumping the sequence; others are denied', async () => {
    const resource = await w.resource({ audience: 'AREA' });
    const date = futureDate(4);
    const first = (await book(w.as.member, resource.id, slot(date, 10, 12))).data?.bookResource.booking;
    const second = (await book(w.as.neighbour, resource.id, slot(date, 11, 13))).data?.bookResource.booking;
    const input = (id: string) => ({ input: { bookingId: id } });
    for (const client of [w.as.member, w.as.other, w.as.neighbour, w.as.volunteer, w.as.ministry]) {
      const denied = await client.gql(decide('approveBooking'), input(first.id));
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      (
        await app.prisma.booking.findFirstOrThrow({
          where: { purpose: 'Bestyrelsesmøde', startsAt: new Date(first.startsAt) },
        })
      ).status,
    ).toBe('REQUESTED');

    const approved = await w.as.coordinator.gql(decide('approveBooking'), input(first.id));
    expect(approved.data?.approveBooking).toMatchObject({
      __typename: 'ApproveBookingSuccess',
      booking: { status: 'CONFIRMED', sequence: 1 },
    });
    const again = await w.as.coordinatorEn.gql(decide('approveBooking'), input(first.id));
    expect(again.data?.approveBooking).toEqual({
      __typename: 'ConflictError',
      message: 'The booking is no longer waiting for a decision.',
    });
    const clash = await w.as.coordinator.gql(decide('approveBooking'), input(second.id));
    expect(clash.data?.approveBooking.message).toMatch(
      /^Tidsrummet overlapper en bekræftet booking .+ 10\.00–12\.00\.$/,
    );
    const declined = await w.as.coordinator.gql(decide('declineBooking'), input(second.id));
    expect(declined.data?.declineBooking).toMatchObject({ booking: { status: 'DECLINED', sequence: 1 } });
    const missing = await w.as.coordinator.gql(
      decide('declineBooking'),
      input(gid('Booking', '00000000-0000-7000-8000-000000000000')),
    );
    expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // refused: no such row (fail closed)
    expect(
      await app.prisma.auditEntry.count({
        where: { action: { in: ['booking.approve', 'booking.decline'] } },
      }),
    ).toBe(2);
  });

  it('lets only the requester cancel, once', async () => {
    const resource = await w.resource({ requiresApproval: false });
    const booking = (await book(w.as.member, resource.id, slot(futureDate(5), 10, 12))).data?.bookResource
      .booking;
    const input = { input: { bookingId: booking.id } };
    for (const client of [w.as.coordinator, w.as.other]) {
      expect((await client.gql(decide('cancelBooking'), input)).data?.cancelBooking.__typename).toBe(
        'NotFoundError',
      );
    }
    expect((await w.as.volunteer.gql(decide('cancelBooking'), input)).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const cancelled = await w.as.member.gql(decide('cancelBooking'), input);
    expect(cancelled.data?.cancelBooking).toMatchObject({ booking: { status: 'CANCELLED', sequence: 1 } });
    const twice = await w.as.member.gql(decide('cancelBooking'), input);
    expect(twice.data?.cancelBooking).toEqual({
      __typename: 'ConflictError',
      message: 'Bookingen er allerede afvist eller aflyst.',
    });
    // The slot is free again.
    expect(
      (await book(w.as.coordinator, resource.id, slot(futureDate(5), 10, 12))).data?.bookResource.__typename,
    ).toBe('BookResourceSuccess');
  });

  it('shows the week of bookings to all who may see the resource, but why and for whom only to requester and owners', async () => {
    const resource = await w.resource({ audience: 'AREA' });
    const date = futureDate(2);
    await book(w.as.member, resource.id, slot(date, 10, 12), 'Lektiecafé');
    const week = weekOf(resource.id, date);
    const nodes = async (client: typeof w.as.member) =>
      (await client.gql(WEEK, week)).data?.resource?.bookings.edges.map((e: { node: unknown }) => e.node);
    const details = { purpose: 'Lektiecafé', requesterName: 'Ali Medlem', partnership: { name: w.p.name } };
    expect(await nodes(w.as.coordinator)).toEqual([
      expect.objectContaining({ ...details, viewerCanDecide: true }),
    ]);
    expect(await nodes(w.as.admin)).toEqual([expect.objectContaining(details)]);
    expect(await nodes(w.as.member)).toEqual([
      expect.objectContaining({ ...details, viewerIsRequester: true, viewerCanDecide: false }),
    ]);
    // A partnership of the same area sees that the slot is taken, not why or by whom.
    expect(await nodes(w.as.neighbour)).toEqual([
      expect.objectContaining({
        status: 'REQUESTED',
        startsAt: slot(date, 10, 12).startsAt,
        purpose: null,
        requesterName: null,
        partnership: null,
        viewerCanDecide: false,
      }),
    ]);
    expect((await w.as.other.gql(WEEK, week)).data?.resource).toBeNull();
    const tooLong = await w.as.coordinator.gql(WEEK, {
      ...week,
      to: new Date(Date.parse(week.from) + 40 * 86_400_000).toISOString(),
    });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps the purpose of a booking of a resource open to everyone signed in from volunteers and other partnerships', async () => {
    const resource = await w.resource({ audience: 'SIGNED_IN', requiresApproval: false });
    const date = futureDate(3);
    const booking = (await book(w.as.member, resource.id, slot(date, 10, 12), 'Samtale med Hanne om gæld'))
      .data?.bookResource.booking;
    const NODE = `query ($id: ID!) { node(id: $id) { ... on Booking { startsAt purpose requesterName partnership { name } } } }`;
    for (const client of [w.as.volunteer, w.as.other, w.as.neighbour]) {
      expect((await client.gql(WEEK, weekOf(resource.id, date))).data?.resource.bookings.edges).toEqual([
        { node: expect.objectContaining({ status: 'CONFIRMED', purpose: null, partnership: null }) },
      ]);
      expect((await client.gql(NODE, { id: booking.id })).data?.node).toEqual({
        startsAt: slot(date, 10, 12).startsAt,
        purpose: null,
        requesterName: null,
        partnership: null,
      });
    }
    expect((await w.as.coordinator.gql(NODE, { id: booking.id })).data?.node.purpose).toBe(
      'Samtale med Hanne om gæld',
    );
  });

  it("lists the viewer's bookings and the owner's open requests", async () => {
    const resource = await w.resource({ title: 'Anmodningslokale' });
    await book(w.as.member, resource.id, slot(futureDate(1, 3), 10, 12), 'Mine-1');
    const MINE =
      '{ myBookings(first: 100) { totalCount edges { node { purpose status resource { title } } } } }';
    const mine = (await w.as.member.gql(MINE)).data?.myBookings.edges.map(
      (e: { node: { purpose: string } }) => e.node.purpose,
    );
    expect(mine).toContain('Mine-1');
    expect(
      (await w.as.other.gql(MINE)).data?.myBookings.edges.map(
        (e: { node: { purpose: string } }) => e.node.purpose,
      ),
    ).not.toContain('Mine-1');
    const REQUESTS =
      'query R($id: ID) { bookingRequests(first: 100, resourceId: $id) { totalCount edges { node { purpose requesterName } } } }';
    const owner = await w.as.coordinator.gql(REQUESTS, { id: gid('Resource', resource.id) });
    expect(owner.data?.bookingRequests).toEqual({
      totalCount: 1,
      edges: [{ node: { purpose: 'Mine-1', requesterName: 'Ali Medlem' } }],
    });
    expect(
      (await w.as.other.gql(REQUESTS, { id: gid('Resource', resource.id) })).data?.bookingRequests.totalCount,
    ).toBe(0);
    expect((await w.as.ministry.gql(REQUESTS, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("puts the requester's bookings in their personal iCalendar feed, with SEQUENCE and status following changes", async () => {
    const resource = await w.resource({ title: 'Kalenderlokale', address: 'Gellerupvej 1' });
    const booking = (await book(w.as.member, resource.id, slot(futureDate(2, 4), 10, 12), 'Feedmøde')).data
      ?.bookResource.booking;
    const created = await w.as.member.gql(
      'mutation { createCalendarFeed(input: {}) { ... on CreateCalendarFeedSuccess { created { url } } } }',
    );
    const url = new URL(created.data?.createCalendarFeed.created.url).pathname;
    const events = async () =>
      new ICAL.Component(ICAL.parse(await (await app.client().fetch(url)).text()))
        .getAllSubcomponents('vevent')
        .map((v: ICAL.Component) => ({
          uid: v.getFirstPropertyValue('uid'),
          summary: v.getFirstPropertyValue('summary'),
          sequence: v.getFirstPropertyValue('sequence'),
          status: v.getFirstPropertyValue('status'),
          location: v.getFirstPropertyValue('location'),
        }))
        .filter((e: { summary: unknown }) => String(e.summary).startsWith('Kalenderlokale'));
    const uid = `booking-${Buffer.from(booking.id, 'base64').toString().split(':')[1]}@naboskab.dk`;
    expect(await events()).toEqual([
      {
        uid,
        summary: 'Kalenderlokale: Feedmøde',
        sequence: 0,
        status: 'TENTATIVE',
        location: 'Gellerupvej 1',
      },
    ]);
    await w.as.coordinator.gql(decide('approveBooking'), { input: { bookingId: booking.id } });
    expect(await events()).toMatchObject([{ uid, sequence: 1, status: 'CONFIRMED' }]);
    await w.as.member.gql(decide('cancelBooking'), { input: { bookingId: booking.id } });
    expect(await events()).toMatchObject([{ uid, sequence: 2, status: 'CANCELLED' }]);
  });

  it('confirms exactly one of 20 simultaneous bookings of the same slot; the rest get the clash, no 5xx', async () => {
    const resource = await w.resource({ requiresApproval: false, audience: 'SIGNED_IN' });
    const times = slot(futureDate(3, 2), 14, 16);
    const clients = [w.as.coordinator, w.as.member, w.as.neighbour, w.as.other, w.as.admin];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        book(clients[i % clients.length] as typeof w.as.member, resource.id, times, `Samtidig ${i}`),
      ),
    );
    expect(results.every((r) => r.status === 200 && !r.errors)).toBe(true);
    const types = results.map((r) => r.data?.bookResource.__typename);
    expect(types.filter((t) => t === 'BookResourceSuccess')).toHaveLength(1);
    expect(types.filter((t) => t === 'ConflictError')).toHaveLength(19);
    for (const r of results.filter((x) => x.data?.bookResource.__typename === 'ConflictError'))
      expect(r.data?.bookResource.message).toMatch(/overlapper en bekræftet booking .+ 14\.00–16\.00/);
    expect(await app.prisma.booking.count({ where: { resourceId: resource.id, status: 'CONFIRMED' } })).toBe(
      1,
    );
  });

  it('confirms only one of two overlapping requests approved at the same time', async () => {
    const resource = await w.resource({ audience: 'AREA' });
    const date = futureDate(3, 3);
    const a = (await book(w.as.member, resource.id, slot(date, 10, 12))).data?.bookResource.booking;
    const b = (await book(w.as.neighbour, resource.id, slot(date, 11, 13))).data?.bookResource.booking;
    const results = await Promise.all(
      [a, b, a, b].map((x) => w.as.coordinator.gql(decide('approveBooking'), { input: { bookingId: x.id } })),
    );
    expect(results.every((r) => r.status === 200 && !r.errors)).toBe(true);
    const types = results.map((r) => r.data?.approveBooking.__typename);
    expect(types.filter((t) => t === 'ApproveBookingSuccess')).toHaveLength(1);
    expect(types.filter((t) => t === 'ConflictError')).toHaveLength(3);
    expect(await app.prisma.booking.count({ where: { resourceId: resource.id, status: 'CONFIRMED' } })).toBe(
      1,
    );
  });

  it('maps the database constraint itself to the clash error when a check before the insert cannot see the other booking', async () => {
    const resource = await w.resource({ requiresApproval: true });
    const date = futureDate(4, 3);
    const request = (await book(w.as.member, resource.id, slot(date, 10, 12))).data?.bookResource.booking;
    // A confirmed row written behind the API's back, as a concurrent transaction would.
    await app.prisma.$executeRawUnsafe(
      `INSERT INTO "Booking" (id, "resourceId", "requestedById", purpose, "startsAt", "endsAt", status) VALUES (gen_random_uuid(), $1::uuid, $2::uuid, 'Direkte', $3::timestamptz, $4::timestamptz, 'CONFIRMED')`,
      resource.id,
      w.people.coordinator.user.id,
      slot(date, 11, 12).startsAt,
      slot(date, 11, 12).endsAt,
    );
    const id = Buffer.from(request.id, 'base64').toString().split(':')[1];
    const confirm = () => app.prisma.booking.updateMany({ where: { id }, data: { status: 'CONFIRMED' } });
    await expect(confirm()).rejects.toThrow(/Booking_no_overlap|23P01|exclu/i);
    const ctx = { prisma: app.prisma } as unknown as Context;
    const slotTimes = {
      resourceId: resource.id,
      startsAt: new Date(request.startsAt),
      endsAt: new Date(request.endsAt),
    };
    const mapped = await withBookingClash(ctx, slotTimes, confirm).catch((error: unknown) => error);
    expect(mapped).toMatchObject({
      key: 'booking.clash',
      clashStartsAt: new Date(slot(date, 11, 12).startsAt),
    });
    // Anything else passes through untouched.
    const other = new Error('boom');
    await expect(withBookingClash(ctx, slotTimes, () => Promise.reject(other))).rejects.toBe(other);
  });
});
