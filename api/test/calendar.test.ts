import { createBooking, createResource } from '@naboskab/seed/factories';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldLine } from '../src/calendar/ical.ts';
import { gid, inDays, meetingWorld, RESULT_FIELDS } from './meeting-support.ts';
import { startTestApi } from './support.ts';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      ${RESULT_FIELDS}
      ... on CreateCalendarFeedSuccess { created { url feed { id kind } } }
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($input: RevokeCalendarFeedInput!) {
    revokeCalendarFeed(input: $input) { ${RESULT_FIELDS} ... on RevokeCalendarFeedSuccess { calendarFeed { id } } }
  }
`;

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const zone = calendar.getFirstSubcomponent('vtimezone');
  if (zone) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      sequence: event.sequence,
      status: vevent.getFirstPropertyValue('status'),
      url: vevent.getFirstPropertyValue('url'),
      tzid: vevent.getFirstProperty('dtstart')?.getParameter('tzid'),
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
    };
  });
}

describe('calendar feeds (RFC 5545), parsed back with ical.js', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof meetingWorld>>;
  const path = (url: string) => new URL(url).pathname;

  beforeAll(async () => {
    app = await startTestApi({ PUBLIC_URL: 'https://naboskab.example.dk' });
    w = await meetingWorld(app);
  });
  afterAll(() => app.close());

  it('publishes the partnership’s meetings with UID, SEQUENCE, time zone, URL; moves and cancellations update', async () => {
    // Summer time and winter time, a long Danish title with characters that must be escaped.
    const summer = await w.createMeeting({
      title:
        'Sommermøde; budget, aktiviteter og æblekage – en meget lang titel der skal foldes over flere linjer i kalenderen',
      startsAt: new Date('2030-06-12T15:00:00Z'),
      endsAt: new Date('2030-06-12T17:00:00Z'),
      address: 'Gellerupparken 1, 8220 Brabrand',
    });
    const winter = await w.createMeeting({
      title: 'Vintermøde',
      startsAt: new Date('2030-12-11T16:00:00Z'),
      endsAt: new Date('2030-12-11T18:00:00Z'),
    });
    const created = await w.as.member.gql(CREATE, {
      input: { partnershipId: gid('Partnership', w.partnership.id) },
    });
    const url: string = created.data?.createCalendarFeed.created.url;
    expect(url).toMatch(/^https:\/\/naboskab\.example\.dk\/calendar\/partnership\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = url.split('/').at(-1)?.replace('.ics', '') ?? '';
    const stored = await app.prisma.calendarFeed.findFirstOrThrow({
      where: { partnershipId: w.partnership.id },
    });
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);

    const response = await app.client().fetch(path(url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20300612T170000');
    const events = parse(text);
    const first = events.find((e) => e.uid === `meeting-${summer.id}@naboskab.dk`);
    expect(first).toEqual({
      uid: `meeting-${summer.id}@naboskab.dk`,
      summary: summer.title,
      location: 'Gellerupparken 1, 8220 Brabrand',
      sequence: 0,
      status: 'CONFIRMED',
      url: `https://naboskab.example.dk/moeder/${summer.id}`,
      tzid: 'Europe/Copenhagen',
      start: '2030-06-12T15:00:00.000Z',
      end: '2030-06-12T17:00:00.000Z',
    });
    expect(events.find((e) => e.summary === 'Vintermøde')).toMatchObject({
      start: '2030-12-11T16:00:00.000Z',
      end: '2030-12-11T18:00:00.000Z',
    });

    // Move one, cancel the other: same UIDs, higher SEQUENCE, STATUS:CANCELLED.
    await w.as.coordinator.gql(
      `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { __typename } }`,
      {
        input: {
          meetingId: gid('Meeting', summer.id),
          title: summer.title,
          startsAt: '2030-06-13T15:00:00Z',
          endsAt: '2030-06-13T17:00:00Z',
          address: summer.address,
        },
      },
    );
    await w.as.coordinator.gql(
      `mutation($input: MeetingIdInput!) { cancelMeeting(input: $input) { __typename } }`,
      {
        input: { meetingId: gid('Meeting', winter.id) },
      },
    );
    const updated = parse(await (await app.client().fetch(path(url))).text());
    expect(updated.find((e) => e.uid === `meeting-${summer.id}@naboskab.dk`)).toMatchObject({
      sequence: 1,
      start: '2030-06-13T15:00:00.000Z',
      status: 'CONFIRMED',
    });
    expect(updated.find((e) => e.uid === `meeting-${winter.id}@naboskab.dk`)).toMatchObject({
      sequence: 1,
      status: 'CANCELLED',
    });
  });

  it('gives each user a personal feed of the meetings they belong to or are invited to', async () => {
    const meeting = await w.createMeeting({
      title: 'Personligt møde',
      startsAt: inDays(5, 15),
      endsAt: inDays(5, 16),
    });
    const created = await w.as.member.gql(CREATE, { input: {} });
    expect(created.data?.createCalendarFeed.created.feed.kind).toBe('PERSONAL');
    const url: string = created.data?.createCalendarFeed.created.url;
    expect(path(url)).toMatch(/^\/calendar\/personal\//);
    const events = parse(await (await app.client().fetch(path(url))).text());
    expect(events.map((e) => e.uid)).toContain(`meeting-${meeting.id}@naboskab.dk`);
    const outsider = await w.as.volunteer.gql(CREATE, { input: {} });
    const theirs = parse(
      await (await app.client().fetch(path(outsider.data?.createCalendarFeed.created.url))).text(),
    );
    expect(theirs).toEqual([]);
  });

  it('shows a meeting with a booked room once, its place said once', async () => {
    const resource = await createResource(app.prisma, {
      partnershipId: w.partnership.id,
      title: 'Beboerhuset Bispehaven, Aarhus',
      address: 'Bispehaven, Aarhus',
    });
    const booking = await createBooking(app.prisma, {
      resourceId: resource.id,
      requestedById: w.people.member.user.id,
      status: 'CONFIRMED',
      startsAt: inDays(6, 15),
      endsAt: inDays(6, 17),
    });
    const meeting = await w.createMeeting({
      title: 'Møde i lokalet',
      startsAt: inDays(6, 15),
      endsAt: inDays(6, 17),
    });
    await app.prisma.meeting.update({ where: { id: meeting.id }, data: { bookingId: booking.id } });
    const created = await w.as.member.gql(CREATE, { input: {} });
    const events = parse(
      await (await app.client().fetch(path(created.data?.createCalendarFeed.created.url))).text(),
    );
    expect(events.map((e) => e.uid)).toContain(`meeting-${meeting.id}@naboskab.dk`);
    // The room booking is the meeting's place, not a second event for the same hours.
    expect(events.map((e) => e.uid)).not.toContain(`booking-${booking.id}@naboskab.dk`);
    // "Bispehaven, Aarhus" (the room's address) is already in its title: said once.
    expect(events.find((e) => e.uid === `meeting-${meeting.id}@naboskab.dk`)?.location).toBe(
      'Beboerhuset Bispehaven, Aarhus, Testvej 1, 8220 Brabrand',
    );
  });

  it("names a booking's purpose only in the requester's own feed, not in the partnership's", async () => {
    const resource = await createResource(app.prisma, {
      partnershipId: w.partnership.id,
      title: 'Minibussen',
    });
    const booking = await createBooking(app.prisma, {
      resourceId: resource.id,
      requestedById: w.people.coordinator.user.id,
      purpose: 'Kørsel til lægen med Inger',
      status: 'CONFIRMED',
      startsAt: inDays(8, 9),
      endsAt: inDays(8, 11),
    });
    const feedText = async (client: typeof w.as.member, input: object) =>
      (
        await app
          .client()
          .fetch(path((await client.gql(CREATE, { input })).data?.createCalendarFeed.created.url))
      ).text();
    const uid = `booking-${booking.id}@naboskab.dk`;
    const shared = await feedText(w.as.member, { partnershipId: gid('Partnership', w.partnership.id) });
    expect(parse(shared).find((e) => e.uid === uid)?.summary).toBe('Minibussen');
    expect(shared).not.toContain('Inger');
    const own = await feedText(w.as.coordinator, {});
    expect(parse(own).find((e) => e.uid === uid)?.summary).toBe('Minibussen: Kørsel til lægen med Inger');
  });

  it('answers 404 for an unknown, revoked or wrong-kind token; only the owner revokes', async () => {
    const created = await w.as.coordinator.gql(CREATE, {
      input: { partnershipId: gid('Partnership', w.partnership.id) },
    });
    const { url, feed } = created.data?.createCalendarFeed.created ?? {};
    expect((await app.client().fetch(path(url))).status).toBe(200);
    expect((await app.client().fetch(path(url).replace('/partnership/', '/personal/'))).status).toBe(404);
    expect((await app.client().fetch(`/calendar/partnership/${'x'.repeat(43)}.ics`)).status).toBe(404);
    const stranger = await w.as.otherCoordinator.gql(REVOKE, { input: { calendarFeedId: feed.id } });
    expect(stranger.data?.revokeCalendarFeed.__typename).toBe('NotFoundError');
    const revoked = await w.as.coordinator.gql(REVOKE, { input: { calendarFeedId: feed.id } });
    expect(revoked.data?.revokeCalendarFeed.__typename).toBe('RevokeCalendarFeedSuccess');
    expect((await app.client().fetch(path(url))).status).toBe(404);
  });

  it('refuses partnership feeds to non-members, other coordinators and the ministry', async () => {
    for (const client of [w.as.otherCoordinator, w.as.ministry, w.as.volunteer]) {
      const result = await client.gql(CREATE, {
        input: { partnershipId: gid('Partnership', w.partnership.id) },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const ministryPersonal = await w.as.ministry.gql(CREATE, { input: {} });
    expect(ministryPersonal.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.prisma.calendarFeed.count({ where: { userId: w.people.ministry.user.id } })).toBe(0);
  });

  it('folds long lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'æ'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .map((p, i) => (i ? p.slice(1) : p))
        .join(''),
    ).toBe(line);
  });
});
