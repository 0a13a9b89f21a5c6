import { createShift, createSignUp, createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shiftSource } from '../src/calendar/sources/shifts.ts';
import { formatWhen } from '../src/mail/kinds/notification-event.tsx';
import type { TestMailCatcher } from './mail-support.ts';
import { startMailedTestApi } from './notification-support.ts';
import type { TestSmsGateway } from './sms-support.ts';
import type { startTestApi } from './support.ts';
import { gid, issues, outcome, volunteerWorld } from './volunteer-support.ts';

const TOKEN = 'shift-test-gateway-token';
let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof volunteerWorld>>;
let gateway: TestSmsGateway;
let catcher: TestMailCatcher;
let close: () => Promise<void>;
/** Signed up and still in: told. Declined, withdrawn or erased: not told. */
let waiting: Awaited<ReturnType<typeof createUser>>;
let declined: Awaited<ReturnType<typeof createUser>>;
let texted: Awaited<ReturnType<typeof createUser>>;

const days = (n: number, hour: number) => {
  const d = new Date(Date.now() + n * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d;
};

beforeAll(async () => {
  const started = await startMailedTestApi({ smsToken: TOKEN });
  ({ app, catcher, close } = started);
  gateway = started.gateway as TestSmsGateway;
  w = await volunteerWorld(app);
  const { prisma } = app;
  // The activity runs from yesterday for 60 days: shifts must lie in it.
  await prisma.activity.update({
    where: { id: w.activity.id },
    data: { startsOn: days(-1, 0), endsOn: days(60, 0) },
  });
  waiting = await createUser(prisma, { role: 'VOLUNTEER', name: 'Wilma Venter' });
  declined = await createUser(prisma, { role: 'VOLUNTEER', name: 'Dorte Afvist' });
  texted = await createUser(prisma, {
    role: 'VOLUNTEER',
    name: 'Sofus Sms',
    person: { phone: '20 30 40 50', verifiedPhone: '+4520304050', phoneVerifiedAt: new Date() },
  });
  await prisma.notificationPreference.createMany({
    data: ['shift.moved', 'shift.cancelled'].map((kind) => ({
      userId: texted.user.id,
      kind,
      email: 'OFF' as const,
      sms: true,
    })),
  });
  const opportunityId = w.opportunity.id;
  for (const [who, status] of [
    [w.people.volunteer, 'APPROVED'],
    [waiting, 'WAITLISTED'],
    [texted, 'APPLIED'],
    [declined, 'DECLINED'],
    [w.people.otherVolunteer, 'WITHDRAWN'],
  ] as const)
    await createSignUp(prisma, { opportunityId, personId: who.person.id, status });
  await createSignUp(prisma, { opportunityId, personId: null, status: 'APPROVED' });
});
afterAll(() => close());

const SHIFT = 'shift { id startsAt endsAt cancelled cancelledAt }';
const payload = (name: string) =>
  `__typename ... on ${name}Success { ${SHIFT} } ... on Error { message } ... on ValidationError { issues { path message } }`;
const ADD = `mutation ($input: AddShiftInput!) { addShift(input: $input) { ${payload('AddShift')} } }`;
const MOVE = `mutation ($input: MoveShiftInput!) { moveShift(input: $input) { ${payload('MoveShift')} } }`;
const CANCEL = `mutation ($input: CancelShiftInput!) { cancelShift(input: $input) { ${payload('CancelShift')} } }`;
const MY_SHIFTS = 'query { myUpcomingShifts(first: 20) { edges { node { id startsAt cancelled } } } }';

const opportunityGid = () => gid('VolunteerOpportunity', w.opportunity.id);
const newShift = (day = 3) =>
  createShift(app.prisma, {
    opportunityId: w.opportunity.id,
    startsAt: days(day, 14),
    endsAt: days(day, 16),
  });
const noticesOf = (kind: string, objectId: string) =>
  app.prisma.notification.findMany({ where: { kind, objectId }, select: { userId: true } });
const move = (shiftId: string, startsAt: Date, endsAt: Date, as = w.as.coordinator) =>
  as.gql(MOVE, { input: { shiftId: gid('Shift', shiftId), startsAt, endsAt } });
const cancel = (shiftId: string, as = w.as.coordinator) =>
  as.gql(CANCEL, { input: { shiftId: gid('Shift', shiftId) } });

describe('adding a shift', () => {
  it('adds one within the activity, audited and listed on the opportunity', async () => {
    const added = await w.as.coordinator.gql(ADD, {
      input: { opportunityId: opportunityGid(), startsAt: days(5, 9), endsAt: days(5, 12) },
    });
    expect(added.data?.addShift).toMatchObject({
      __typename: 'AddShiftSuccess',
      shift: { startsAt: days(5, 9).toISOString(), cancelled: false, cancelledAt: null },
    });
    const id = added.data?.addShift.shift.id;
    const listed = await w.as.anonymous.gql(
      'query ($id: ID!) { volunteerOpportunity(id: $id) { upcomingShifts(first: 20) { edges { node { id } } } } }',
      { id: opportunityGid() },
    );
    expect(listed.data?.volunteerOpportunity.upcomingShifts.edges.map((e: any) => e.node.id)).toContain(id);
    const [uuid] = Buffer.from(id, 'base64').toString().split(':').slice(1);
    expect(await app.prisma.auditEntry.count({ where: { action: 'shift.add', entityId: uuid } })).toBe(1);
  });

  it('refuses a bad time with the same rules as creating shifts, and adds nothing', async () => {
    const before = await app.prisma.shift.count();
    const cases = [
      [days(6, 12), days(6, 10), 'input.endsAt', 'Slutdatoen skal ligge efter startdatoen.'],
      [days(90, 10), days(90, 12), 'input.startsAt', 'Vagten ligger uden for aktivitetens periode.'],
      [days(-1, 5), days(-1, 6), 'input.startsAt', 'Vagten skal ligge i fremtiden.'],
    ] as const;
    for (const [startsAt, endsAt, path, message] of cases) {
      const result = await w.as.coordinator.gql(ADD, {
        input: { opportunityId: opportunityGid(), startsAt, endsAt },
      });
      expect(result.data?.addShift.__typename).toBe('ValidationError');
      expect(issues(result.data?.addShift)).toEqual({ [path]: message });
    }
    expect(await app.prisma.shift.count()).toBe(before);
  });

  it('is for the opportunity’s own coordinators only', async () => {
    const input = { opportunityId: opportunityGid(), startsAt: days(5, 9), endsAt: days(5, 12) };
    for (const as of [w.as.otherCoordinator, w.as.volunteer])
      expect(outcome(await as.gql(ADD, { input }), 'addShift')).toBe('FORBIDDEN');
  });
});

describe('moving a shift', () => {
  it('moves it, raises SEQUENCE and tells the volunteers still signed up, in the app, by e-mail and SMS', async () => {
    const shift = await newShift();
    const [startsAt, endsAt] = [days(4, 15), days(4, 18)];
    const moved = await move(shift.id, startsAt, endsAt);
    expect(moved.data?.moveShift).toMatchObject({
      __typename: 'MoveShiftSuccess',
      shift: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), cancelled: false },
    });
    const row = await app.prisma.shift.findUniqueOrThrow({ where: { id: shift.id } });
    expect(row.sequence).toBe(1);
    expect(
      await app.prisma.auditEntry.findFirst({ where: { action: 'shift.move', entityId: shift.id } }),
    ).toMatchObject({ actorUserId: w.people.coordinator.user.id });

    const told = (await noticesOf('shift.moved', shift.id)).map((n) => n.userId).sort();
    expect(told).toEqual([w.people.volunteer.user.id, waiting.user.id, texted.user.id].sort());

    const list = await w.as.volunteer.gql(
      'query { notifications(first: 5) { edges { node { kind title link } } } }',
    );
    expect(list.data?.notifications.edges[0].node).toEqual({
      kind: 'shift.moved',
      title: 'Din vagt er flyttet: Kok til fællesspisning',
      link: '/mine-aftaler',
    });

    const listEn = await w.as.volunteerEn.gql(
      'query { notifications(first: 5) { edges { node { title } } } }',
    );
    expect(listEn.data?.notifications.edges[0].node.title).toBe(
      'Your shift has moved: Kok til fællesspisning',
    );

    const mail = await catcher.waitForMessageTo('vera@frivillig.example');
    expect(mail.parsed.subject).toBe('Din vagt er flyttet: Kok til fællesspisning');
    const text = mail.parsed.text ?? '';
    expect(text).toContain(formatWhen(startsAt.toISOString(), 'da'));
    expect(text).toContain('Beboerhuset, Testvej 1');
    expect(text).toContain('/mine-aftaler');
    // Nobody else's data: not the other volunteers, not the coordinator.
    for (const other of [waiting, texted, declined, w.people.coordinator])
      for (const value of [other.person.name, other.user.email])
        expect(mail.parsed.html).not.toContain(value);

    const [sms] = await gateway.waitForSms(1);
    expect(sms).toMatchObject({ sender: 'Naboskab', msisdn: 4520304050 });
    expect(sms?.message).toContain('Din vagt er flyttet: Kok til fællesspisning');
    expect(sms?.message).toContain(formatWhen(startsAt.toISOString(), 'da'));
    // Who chose SMS only gets no e-mail; the declined and withdrawn get nothing.
    await catcher.waitForMessageTo(waiting.user.email);
    for (const quiet of [texted, declined, w.people.otherVolunteer])
      expect(catcher.messages.some((m) => m.envelopeTo.includes(quiet.user.email))).toBe(false);
  });

  it('refuses a bad time and changes nothing, telling no one', async () => {
    const shift = await newShift();
    const result = await move(shift.id, days(4, 18), days(4, 15));
    expect(issues(result.data?.moveShift)).toEqual({
      'input.endsAt': 'Slutdatoen skal ligge efter startdatoen.',
    });
    const outside = await move(shift.id, days(61, 10), days(61, 12));
    expect(issues(outside.data?.moveShift)).toEqual({
      'input.startsAt': 'Vagten ligger uden for aktivitetens periode.',
    });
    expect(await app.prisma.shift.findUniqueOrThrow({ where: { id: shift.id } })).toMatchObject({
      startsAt: shift.startsAt,
      sequence: 0,
    });
    expect(await noticesOf('shift.moved', shift.id)).toEqual([]);
  });

  it('refuses a shift that has begun or is cancelled (a typed error)', async () => {
    const begun = await createShift(app.prisma, {
      opportunityId: w.opportunity.id,
      startsAt: new Date(Date.now() - 3_600_000),
      endsAt: new Date(Date.now() + 3_600_000),
    });
    const refused = await move(begun.id, days(4, 10), days(4, 12));
    expect(refused.data?.moveShift).toEqual({
      __typename: 'NotAllowedError',
      message: 'Vagten er begyndt eller overstået og kan ikke ændres.',
    });
    const shift = await newShift();
    await cancel(shift.id);
    expect((await move(shift.id, days(4, 10), days(4, 12))).data?.moveShift.message).toBe(
      'Vagten er aflyst og kan ikke ændres.',
    );
    expect(await noticesOf('shift.moved', shift.id)).toEqual([]);
  });
});

describe('cancelling a shift', () => {
  it('cancels it once: the volunteers are told, see it as cancelled, and so do their calendars', async () => {
    const shift = await newShift(8);
    const cancelled = await cancel(shift.id);
    expect(cancelled.data?.cancelShift).toMatchObject({ shift: { cancelled: true } });
    expect(cancelled.data?.cancelShift.shift.cancelledAt).not.toBeNull();
    expect((await noticesOf('shift.cancelled', shift.id)).length).toBe(3);
    // The e-mail names the cancelled shift's time.
    const when = formatWhen(shift.startsAt.toISOString(), 'da');
    const mail = await catcher.waitForMessage(
      (m) =>
        m.parsed.subject === 'Din vagt er aflyst: Kok til fællesspisning' && !!m.parsed.text?.includes(when),
    );
    expect(mail.envelopeTo).toHaveLength(1);

    const mine = await w.as.volunteer.gql(MY_SHIFTS);
    expect(mine.data?.myUpcomingShifts.edges.map((e: any) => e.node)).toContainEqual({
      id: gid('Shift', shift.id),
      startsAt: shift.startsAt.toISOString(),
      cancelled: true,
    });
    // The public page lists it too, as cancelled.
    const listed = await w.as.anonymous.gql(
      'query ($id: ID!) { volunteerOpportunity(id: $id) { upcomingShifts(first: 50) { edges { node { id cancelled } } } } }',
      { id: opportunityGid() },
    );
    expect(listed.data?.volunteerOpportunity.upcomingShifts.edges).toContainEqual({
      node: { id: gid('Shift', shift.id), cancelled: true },
    });
    const events = await shiftSource.events(
      { kind: 'personal', userId: w.people.volunteer.user.id, personId: w.people.volunteer.person.id },
      { prisma: app.prisma, publicUrl: 'http://x', since: new Date() },
    );
    expect(events.find((e) => e.uid === `shift-${shift.id}@naboskab.dk`)).toMatchObject({
      status: 'CANCELLED',
      sequence: 1,
    });

    const again = await cancel(shift.id);
    expect(again.data?.cancelShift).toEqual({
      __typename: 'NotAllowedError',
      message: 'Vagten er aflyst og kan ikke ændres.',
    });
    expect((await noticesOf('shift.cancelled', shift.id)).length).toBe(3);
    expect(await app.prisma.auditEntry.count({ where: { action: 'shift.cancel', entityId: shift.id } })).toBe(
      1,
    );
  });

  it('is for the shift’s own coordinators only', async () => {
    const shift = await newShift();
    for (const as of [w.as.otherCoordinator, w.as.volunteer, w.as.ministry])
      expect(outcome(await cancel(shift.id, as), 'cancelShift')).toBe('FORBIDDEN');
    expect(outcome(await cancel(shift.id, w.as.anonymous), 'cancelShift')).toBe('UNAUTHENTICATED');
    expect((await app.prisma.shift.findUniqueOrThrow({ where: { id: shift.id } })).cancelledAt).toBeNull();
  });
});

describe('at the same time', () => {
  it('a move and a cancel end consistently, with exactly the notices of what happened', async () => {
    for (let round = 0; round < 3; round++) {
      const shift = await newShift(10 + round);
      const [moved, cancelled] = await Promise.all([
        move(shift.id, days(20, 10), days(20, 12)),
        cancel(shift.id),
      ]);
      const movedOk = moved.data?.moveShift.__typename === 'MoveShiftSuccess';
      expect(cancelled.data?.cancelShift.__typename).toBe('CancelShiftSuccess');
      if (!movedOk) expect(moved.data?.moveShift.__typename).toBe('NotAllowedError');
      const row = await app.prisma.shift.findUniqueOrThrow({ where: { id: shift.id } });
      expect(row.cancelledAt).not.toBeNull();
      expect(row.startsAt).toEqual(movedOk ? days(20, 10) : shift.startsAt);
      expect(row.sequence).toBe(movedOk ? 2 : 1);
      expect((await noticesOf('shift.moved', shift.id)).length).toBe(movedOk ? 3 : 0);
      expect((await noticesOf('shift.cancelled', shift.id)).length).toBe(3);
    }
  });

  it('two cancels: one wins, the other is refused, each volunteer is told once', async () => {
    const shift = await newShift(12);
    const results = await Promise.all([cancel(shift.id), cancel(shift.id)]);
    expect(results.map((r) => r.data?.cancelShift.__typename).sort()).toEqual([
      'CancelShiftSuccess',
      'NotAllowedError',
    ]);
    const told = (await noticesOf('shift.cancelled', shift.id)).map((n) => n.userId);
    expect(told.sort()).toEqual([w.people.volunteer.user.id, waiting.user.id, texted.user.id].sort());
    expect((await app.prisma.shift.findUniqueOrThrow({ where: { id: shift.id } })).sequence).toBe(1);
  });
});
