import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, inDays, meetingWorld, RESULT_FIELDS } from './meeting-support.ts';
import { startTestApi } from './support.ts';

const PLAN = /* GraphQL */ `
  mutation Plan($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      ${RESULT_FIELDS}
      ... on PlanMeetingSuccess { meeting { id title status sequence address onlineUrl room bookingId } }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) { ${RESULT_FIELDS} ... on UpdateMeetingSuccess { meeting { sequence title } } }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: MeetingIdInput!) {
    cancelMeeting(input: $input) { ${RESULT_FIELDS} ... on CancelMeetingSuccess { meeting { status sequence } } }
  }
`;
const CLOSE = /* GraphQL */ `
  mutation Close($input: MeetingIdInput!) {
    closeMeeting(input: $input) { ${RESULT_FIELDS} ... on CloseMeetingSuccess { meeting { status } } }
  }
`;
const MEETING = /* GraphQL */ `
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id title status viewerCanEdit
      partnership { id }
      agendaItems(first: 100) { totalCount edges { node { title position } } }
    }
  }
`;
const LIST = /* GraphQL */ `
  query List($slug: String!, $when: MeetingWhen!) {
    partnership(slug: $slug) { meetings(when: $when, first: 10) { totalCount edges { node { title } } } }
  }
`;

describe('meetings: plan, change, cancel, read', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof meetingWorld>>;
  const input = () => ({
    partnershipId: gid('Partnership', w.partnership.id),
    title: 'Partnerskabsmøde i marts',
    startsAt: inDays(10, 15).toISOString(),
    endsAt: inDays(10, 17).toISOString(),
    address: 'Beboerhuset, Gudrunsvej 1, 8220 Brabrand',
  });

  beforeAll(async () => {
    app = await startTestApi();
    w = await meetingWorld(app);
  });
  afterAll(() => app.close());

  it('lets a coordinator plan a meeting and writes an audit entry in the same transaction', async () => {
    const result = await w.as.coordinator.gql(PLAN, { input: input() });
    expect(result.data?.planMeeting).toMatchObject({
      __typename: 'PlanMeetingSuccess',
      meeting: { title: 'Partnerskabsmøde i marts', status: 'PLANNED', sequence: 0 },
    });
    const id = Buffer.from(result.data?.planMeeting.meeting.id, 'base64').toString().split(':')[1];
    expect(await app.prisma.auditEntry.count({ where: { entityId: id, action: 'meeting.plan' } })).toBe(1);
  });

  it('refuses an end before the start, per field, in Danish and English, and writes nothing', async () => {
    const before = await app.prisma.meeting.count();
    const bad = { ...input(), endsAt: inDays(10, 14).toISOString() };
    const da = await w.as.coordinator.gql(PLAN, { input: bad });
    expect(da.data?.planMeeting.__typename).toBe('ValidationError');
    expect(da.data?.planMeeting.issues).toContainEqual({
      path: ['input', 'endsAt'],
      message: 'Mødet skal slutte efter, at det begynder.',
    });
    const en = await w.as.coordinator.gql(PLAN, { input: bad }, { 'accept-language': 'en' });
    expect(en.data?.planMeeting.issues).toContainEqual({
      path: ['input', 'endsAt'],
      message: 'The meeting must end after it starts.',
    });
    expect(await app.prisma.meeting.count()).toBe(before);
  });

  it('requires a place, an https online link and a title', async () => {
    const result = await w.as.coordinator.gql(
      PLAN,
      { input: { ...input(), title: ' ', address: null, onlineUrl: 'http://meet.example.dk/x' } },
      { 'accept-language': 'en' },
    );
    const issues = result.data?.planMeeting.issues;
    expect(issues).toContainEqual({ path: ['input', 'title'], message: 'This field is required.' });
    expect(issues).toContainEqual({
      path: ['input', 'onlineUrl'],
      message: 'The online link must be an https address.',
    });
    const none = await w.as.coordinator.gql(PLAN, { input: { ...input(), address: '' } });
    expect(none.data?.planMeeting.issues).toContainEqual({
      path: ['input', 'address'],
      message: 'Angiv en adresse, et onlinelink eller et booket lokale.',
    });
    const online = await w.as.coordinator.gql(PLAN, {
      input: { ...input(), address: null, onlineUrl: 'https://meet.example.dk/naboskab' },
    });
    expect(online.data?.planMeeting.meeting.onlineUrl).toBe('https://meet.example.dk/naboskab');
  });

  it('links a confirmed booking of the partnership covering the meeting, and nothing else', async () => {
    const startsAt = inDays(12, 15);
    const endsAt = inDays(12, 17);
    const confirmed = await w.createBooking({
      status: 'CONFIRMED',
      startsAt: inDays(12, 14),
      endsAt: inDays(12, 18),
    });
    const ok = await w.as.coordinator.gql(PLAN, {
      input: { ...input(), address: null, startsAt, endsAt, bookingId: gid('Booking', confirmed.id) },
    });
    expect(ok.data?.planMeeting.__typename).toBe('PlanMeetingSuccess');
    expect(ok.data?.planMeeting.meeting.room).toBeTruthy();
    const again = await w.as.coordinator.gql(PLAN, {
      input: { ...input(), address: null, startsAt, endsAt, bookingId: gid('Booking', confirmed.id) },
    });
    expect(again.data?.planMeeting.issues?.[0].path).toEqual(['input', 'bookingId']);

    const requested = await w.createBooking({
      status: 'REQUESTED',
      startsAt: inDays(13, 14),
      endsAt: inDays(13, 18),
    });
    const short = await w.createBooking({
      status: 'CONFIRMED',
      startsAt: inDays(14, 15),
      endsAt: inDays(14, 16),
    });
    const foreign = await w.createBooking({
      status: 'CONFIRMED',
      startsAt: inDays(15, 14),
      endsAt: inDays(15, 18),
      partnershipId: w.otherPartnership.id,
    });
    for (const [booking, day] of [
      [requested, 13],
      [short, 14],
      [foreign, 15],
    ] as const) {
      const result = await w.as.coordinator.gql(PLAN, {
        input: {
          ...input(),
          address: null,
          startsAt: inDays(day, 15),
          endsAt: inDays(day, 17),
          bookingId: gid('Booking', booking.id),
        },
      });
      expect(result.data?.planMeeting.issues).toEqual([
        {
          path: ['input', 'bookingId'],
          message:
            'Lokalet skal være en bekræftet booking af partnerskabets ressource, der dækker hele mødet.',
        },
      ]);
    }
  });

  it('denies members, other coordinators, volunteers and the ministry; a missing partnership is not found', async () => {
    for (const client of [w.as.member, w.as.otherCoordinator, w.as.volunteer, w.as.ministry]) {
      const result = await client.gql(PLAN, { input: input() });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const anonymous = await app.client().gql(PLAN, { input: input() });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const missing = await w.as.coordinator.gql(PLAN, {
      input: { ...input(), partnershipId: gid('Partnership', '00000000-0000-7000-8000-000000000000') },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // no such partnership: refused
  });

  it('bumps SEQUENCE when the time moves, not for a new title; cancelling bumps it too', async () => {
    const meeting = await w.createMeeting({ title: 'Flyttes' });
    const base = {
      meetingId: gid('Meeting', meeting.id),
      title: 'Ny titel',
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      address: meeting.address,
    };
    const renamed = await w.as.coordinator.gql(UPDATE, { input: base });
    expect(renamed.data?.updateMeeting.meeting).toEqual({ sequence: 0, title: 'Ny titel' });
    const moved = await w.as.coordinator.gql(UPDATE, {
      input: { ...base, startsAt: inDays(20, 15).toISOString(), endsAt: inDays(20, 16).toISOString() },
    });
    expect(moved.data?.updateMeeting.meeting.sequence).toBe(1);
    const denied = await w.as.otherCoordinator.gql(UPDATE, { input: base });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const cancelled = await w.as.coordinator.gql(CANCEL, { input: { meetingId: base.meetingId } });
    expect(cancelled.data?.cancelMeeting.meeting).toEqual({ status: 'CANCELLED', sequence: 2 });
    const afterwards = await w.as.coordinator.gql(UPDATE, { input: base });
    expect(afterwards.data?.updateMeeting.__typename).toBe('NotAllowedError');
  });

  it('links a booked room to one meeting only when two meetings ask for it at once', async () => {
    const bookings = await Promise.all(
      [21, 22, 23, 24, 25, 26].map((day) =>
        w.createBooking({ status: 'CONFIRMED', startsAt: inDays(day, 14), endsAt: inDays(day, 18) }),
      ),
    );
    const plan = (booking: (typeof bookings)[number]) =>
      w.as.coordinator.gql(PLAN, {
        input: {
          ...input(),
          address: null,
          startsAt: booking.startsAt.toISOString(),
          endsAt: booking.endsAt.toISOString(),
          bookingId: gid('Booking', booking.id),
        },
      });
    const pairs = await Promise.all(bookings.map((booking) => Promise.all([plan(booking), plan(booking)])));
    for (const pair of pairs) {
      const kinds = pair.map((r) => r.data?.planMeeting.__typename ?? r.errors?.[0]?.message).sort();
      // The second is told the room is taken, as it would be one request later.
      expect(kinds).toEqual(['PlanMeetingSuccess', 'ValidationError']);
      const refused = pair.find((r) => r.data?.planMeeting.__typename === 'ValidationError');
      expect(refused?.data?.planMeeting.issues?.[0].path).toEqual(['input', 'bookingId']);
    }
  });

  /** Moves a meeting 30 days ahead, answering the meeting's status. */
  const moveAhead = (meeting: { id: string; address: string | null }) =>
    w.as.coordinator.gql(
      `mutation ($input: UpdateMeetingInput!) {
        updateMeeting(input: $input) { __typename ... on UpdateMeetingSuccess { meeting { status } } }
      }`,
      {
        input: {
          meetingId: gid('Meeting', meeting.id),
          title: 'Flyttet',
          startsAt: inDays(30, 15).toISOString(),
          endsAt: inDays(30, 16).toISOString(),
          address: meeting.address,
        },
      },
    );

  /** Each meeting moved ahead and, at the same moment, cancelled or closed: both answers of each. */
  const movedRacing = (meetings: { id: string; address: string | null }[], statusChange: string) =>
    Promise.all(
      meetings.map((meeting) =>
        Promise.all([
          moveAhead(meeting),
          w.as.coordinator.gql(statusChange, { input: { meetingId: gid('Meeting', meeting.id) } }),
        ]),
      ),
    );

  it('never changes a meeting that a cancellation at the same moment has already cancelled', async () => {
    const meetings = await Promise.all(
      Array.from({ length: 12 }, () => w.createMeeting({ title: 'Kapløb' })),
    );
    const results = await movedRacing(meetings, CANCEL);
    for (const [updated, cancelled] of results) {
      expect(cancelled.data?.cancelMeeting.meeting.status).toBe('CANCELLED');
      // Either the change landed first (on a planned meeting) or it was refused.
      const answer = updated.data?.updateMeeting;
      if (answer?.__typename === 'UpdateMeetingSuccess') expect(answer.meeting.status).toBe('PLANNED');
      else expect(answer?.__typename).toBe('NotAllowedError');
    }
  });

  it('never closes a meeting that an edit at the same moment moved into the future', async () => {
    // Begun an hour ago: closable, until someone moves it ahead.
    const meetings = await Promise.all(
      Array.from({ length: 12 }, () =>
        w.createMeeting({
          title: 'Lukkekapløb',
          startsAt: new Date(Date.now() - 3_600_000),
          endsAt: new Date(Date.now() + 3_600_000),
        }),
      ),
    );
    const results = await movedRacing(meetings, CLOSE);
    for (const [moved, closed] of results) {
      // One of the two, in either order: closed first (the edit is refused, the record is final)
      // or moved first (closing is refused, the meeting has not begun).
      const kinds = [moved.data?.updateMeeting.__typename, closed.data?.closeMeeting.__typename];
      expect([
        ['UpdateMeetingSuccess', 'NotAllowedError'],
        ['NotAllowedError', 'CloseMeetingSuccess'],
      ]).toContainEqual(kinds);
    }
    const rows = await app.prisma.meeting.findMany({ where: { id: { in: meetings.map((m) => m.id) } } });
    for (const row of rows)
      if (row.status === 'CLOSED') expect(row.startsAt.getTime()).toBeLessThan(Date.now());
  });

  it('shows a meeting to members and coordinators only; others get null', async () => {
    const meeting = await w.createMeeting({ title: 'Synligt' });
    const id = gid('Meeting', meeting.id);
    const asCoordinator = await w.as.coordinator.gql(MEETING, { id });
    expect(asCoordinator.data?.meeting).toMatchObject({ title: 'Synligt', viewerCanEdit: true });
    expect(asCoordinator.data?.meeting.agendaItems.edges.map((e: any) => e.node.title)).toEqual([
      'Velkomst',
      'Status på aktiviteterne',
      'Eventuelt',
    ]);
    const asMember = await w.as.member.gql(MEETING, { id });
    expect(asMember.data?.meeting).toMatchObject({ title: 'Synligt', viewerCanEdit: false });
    for (const client of [w.as.otherCoordinator, w.as.volunteer, w.as.ministry]) {
      const result = await client.gql(MEETING, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.meeting).toBeNull();
    }
  });

  it("lists a partnership's upcoming and past meetings for members, not for others", async () => {
    await w.createMeeting({
      title: 'Tidligere møde',
      startsAt: inDays(-30, 15),
      endsAt: inDays(-30, 17),
      status: 'CLOSED',
    });
    const upcoming = await w.as.member.gql(LIST, { slug: w.partnership.slug, when: 'UPCOMING' });
    const past = await w.as.member.gql(LIST, { slug: w.partnership.slug, when: 'PAST' });
    expect(upcoming.data?.partnership.meetings.edges.map((e: any) => e.node.title)).not.toContain(
      'Tidligere møde',
    );
    expect(past.data?.partnership.meetings.edges.map((e: any) => e.node.title)).toEqual(['Tidligere møde']);
    for (const client of [w.as.otherCoordinator, w.as.ministry]) {
      const result = await client.gql(LIST, { slug: w.partnership.slug, when: 'UPCOMING' });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});
