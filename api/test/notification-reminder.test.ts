import {
  addPartnershipMember,
  createActivity,
  createOpportunity,
  createShift,
  createSignUp,
  createUser,
} from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localParts, localToUtc, nextDate } from '../src/domain/resource/copenhagen-time.ts';
import { formatWhen } from '../src/mail/kinds/notification-event.tsx';
import type { MailWorker } from '../src/mail/worker.ts';
import { sendReminders } from '../src/notifications/reminder-sweep.ts';
import { startNotificationWorker } from '../src/notifications/worker.ts';
import { startMailCatcher, startTestMailWorker, type TestMailCatcher } from './mail-support.ts';
import { CANCEL, gid, meetingWorld, RESULT_FIELDS, UPDATE } from './meeting-support.ts';
import { startTestSmsGateway, type TestSmsGateway, verifyPhone } from './sms-support.ts';
import { startTestApi } from './support.ts';

const TOKEN = 'reminder-test-gateway-token';
let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof meetingWorld>>;
let catcher: TestMailCatcher;
let gateway: TestSmsGateway;
let mailWorker: MailWorker;
beforeAll(async () => {
  app = await startTestApi();
  w = await meetingWorld(app);
  catcher = await startMailCatcher();
  gateway = await startTestSmsGateway(TOKEN);
  mailWorker = await startTestMailWorker(app.db, catcher.url, {
    SMS_GATEWAY_URL: gateway.url,
    SMS_GATEWAY_TOKEN: TOKEN,
  });
});
afterAll(async () => {
  await mailWorker.stop();
  await gateway.close();
  await catcher.close();
  await app.close();
});

const SET_TIME = /* GraphQL */ `
  mutation ($input: SetPartnershipReminderTimeInput!) {
    setPartnershipReminderTime(input: $input) {
      ${RESULT_FIELDS}
      ... on SetPartnershipReminderTimeSuccess { partnership { reminderMinutes } }
    }
  }
`;

/** An instant at `minutes` after midnight of a Copenhagen date. */
const at = (date: string, minutes: number) => localToUtc(date, minutes);
const reminders = (objectId: string) =>
  app.prisma.notification.findMany({
    where: { objectId, kind: { endsWith: '.reminder' } },
    select: { userId: true, kind: true, data: true },
    orderBy: { userId: 'asc' },
  });

/** The e-mail to `address` with `subject`, once the mail worker has delivered it. */
async function mailTo(address: string, subject: string) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = catcher.messages.find(
      (m) => m.envelopeTo.includes(address.toLowerCase()) && m.parsed.subject === subject,
    );
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail "${subject}" to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the reminder time of a partnership', () => {
  it('is set by its coordinators on the quarter hour, audited, and refused to others', async () => {
    const partnershipId = gid('Partnership', w.otherPartnership.id);
    for (const minutes of [-15, 1440, 1000]) {
      const bad = await w.as.otherCoordinator.gql(SET_TIME, { input: { partnershipId, minutes } });
      expect(bad.data?.setPartnershipReminderTime.issues).toEqual([
        { path: ['input', 'minutes'], message: 'Vælg et klokkeslæt i hele kvarter, fra 00:00 til 23:45.' },
      ]);
    }
    for (const client of [w.as.coordinator, w.as.volunteer, w.as.member]) {
      const refused = await client.gql(SET_TIME, { input: { partnershipId, minutes: 60 } });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      (await app.client().gql(SET_TIME, { input: { partnershipId, minutes: 60 } })).errors?.[0]?.extensions
        ?.code,
    ).toBe('UNAUTHENTICATED');
    const unchanged = await app.prisma.partnership.findUniqueOrThrow({
      where: { id: w.otherPartnership.id },
    });
    expect(unchanged.reminderMinutes).toBe(17 * 60);

    const set = await w.as.otherCoordinator.gql(SET_TIME, { input: { partnershipId, minutes: 20 * 60 } });
    expect(set.data?.setPartnershipReminderTime.partnership).toEqual({ reminderMinutes: 1200 });
    const entries = await app.prisma.auditEntry.findMany({
      where: { entityId: w.otherPartnership.id },
      select: { actorUserId: true, changes: true },
    });
    expect(entries).toEqual([
      { actorUserId: w.people.otherCoordinator.user.id, changes: { reminderMinutes: [1020, 1200] } },
    ]);
  });

  it('keeps an audit trail that chains when two coordinators set it at once', async () => {
    const partnershipId = gid('Partnership', w.partnership.id);
    const second = app.client();
    await second.signIn(w.people.coordinator.user.email, w.people.coordinator.password);
    await Promise.all(
      [15, 30].map((minutes) =>
        (minutes === 15 ? second : w.as.coordinator).gql(SET_TIME, { input: { partnershipId, minutes } }),
      ),
    );
    const entries = await app.prisma.auditEntry.findMany({
      where: { entityId: w.partnership.id },
      orderBy: { at: 'asc' },
      select: { changes: true },
    });
    const chain = entries.map((e) => (e.changes as { reminderMinutes: [number, number] }).reminderMinutes);
    expect(chain).toHaveLength(2);
    expect(chain[0]?.[0]).toBe(1020);
    expect(chain[1]?.[0]).toBe(chain[0]?.[1]);
    await w.as.coordinator.gql(SET_TIME, { input: { partnershipId, minutes: 17 * 60 } });
  });
});

describe('reminders the day before', () => {
  it('tell a meeting’s invitees once, after the partnership’s time, with its title, time and place only', async () => {
    // Tuesday 11 March 2031 is tomorrow; 17:00 is the default reminder time.
    const today = '2031-03-10';
    const startsAt = at('2031-03-11', 10 * 60);
    const meeting = await w.createMeeting({
      title: 'Styregruppe',
      startsAt,
      address: 'Beboerhuset, Testvej 1',
      agenda: [{ title: 'Fortroligt punkt om en beboer' }],
      invitations: [
        { personId: w.people.member.person.id },
        { organisationId: w.memberOrg.id },
        // Sent "afbud": not reminded.
        { personId: w.people.coordinator.person.id, response: 'NO' },
      ],
    });
    const later = await w.createMeeting({
      startsAt: at('2031-03-12', 10 * 60),
      invitations: [{ personId: w.people.member.person.id }],
    });
    const cancelled = await w.createMeeting({
      startsAt: at('2031-03-11', 12 * 60),
      status: 'CANCELLED',
      invitations: [{ personId: w.people.member.person.id }],
    });
    // The other partnership reminds at 20:00 (set above).
    const evening = await w.createMeeting({
      partnershipId: w.otherPartnership.id,
      startsAt: at('2031-03-11', 9 * 60),
      invitations: [{ personId: w.people.otherCoordinator.person.id }],
    });

    expect(await sendReminders(app.prisma, at(today, 16 * 60 + 59))).toBe(0);
    expect(await sendReminders(app.prisma, at(today, 17 * 60 + 30))).toBe(1);
    expect(await sendReminders(app.prisma, at(today, 17 * 60 + 35))).toBe(0);
    const data = {
      activity: 'Styregruppe',
      startsAt: startsAt.toISOString(),
      place: 'Beboerhuset, Testvej 1',
    };
    expect(await reminders(meeting.id)).toEqual(
      [w.people.member.user.id, w.people.otherMember.user.id]
        .sort()
        .map((userId) => ({ userId, kind: 'meeting.reminder', data })),
    );
    for (const other of [later, cancelled, evening]) expect(await reminders(other.id)).toEqual([]);

    const mail = await mailTo(w.people.member.user.email, 'Påmindelse: mødet Styregruppe i morgen');
    expect(mail.parsed.text).toContain(`Tidspunkt: ${formatWhen(startsAt.toISOString(), 'da')}`);
    expect(mail.parsed.text).toContain('Sted: Beboerhuset, Testvej 1');
    expect(mail.parsed.text).not.toContain('Fortroligt');
    expect(mail.parsed.text).not.toContain(w.people.otherMember.user.email);
    await mailTo(w.people.otherMember.user.email, 'Påmindelse: mødet Styregruppe i morgen');
    const subject = 'Påmindelse: mødet Styregruppe i morgen';
    expect(await app.prisma.outboxMessage.count({ where: { subject } })).toBe(2);

    // Invited after the others were reminded: reminded alone. One who has left is not reminded.
    const staffOfNewMember = async () => {
      const { organisationId, id } = await addPartnershipMember(app.prisma, {
        partnershipId: w.partnership.id,
      });
      const { person, user } = await createUser(app.prisma, { organisationId });
      await app.prisma.meetingInvitation.create({ data: { meetingId: meeting.id, personId: person.id } });
      return { membershipId: id, user };
    };
    const latecomer = await staffOfNewMember();
    const leaver = await staffOfNewMember();
    await app.prisma.partnershipMember.delete({ where: { id: leaver.membershipId } });
    expect(await sendReminders(app.prisma, at(today, 18 * 60))).toBe(1);
    expect(await app.prisma.outboxMessage.count({ where: { subject } })).toBe(3);
    const reminded = (await reminders(meeting.id)).map((r) => r.userId);
    expect(reminded).toContain(latecomer.user.id);
    expect(reminded).not.toContain(leaver.user.id);

    // At 20:00 the other partnership's meeting is due.
    expect(await sendReminders(app.prisma, at(today, 20 * 60))).toBe(1);
    expect(await reminders(evening.id)).toHaveLength(1);
  });

  it('remind again for a meeting’s new time when it moves, and not for one cancelled since', async () => {
    const today = '2031-04-10';
    const meeting = await w.createMeeting({
      title: 'Flyttemøde',
      startsAt: at('2031-04-11', 10 * 60),
      invitations: [{ personId: w.people.member.person.id }],
    });
    const cancelledLater = await w.createMeeting({
      startsAt: at('2031-04-11', 13 * 60),
      invitations: [{ personId: w.people.member.person.id }],
    });
    expect(await sendReminders(app.prisma, at(today, 18 * 60))).toBe(2);
    const moved = await w.as.coordinator.gql(UPDATE, {
      input: {
        meetingId: gid('Meeting', meeting.id),
        title: 'Flyttemøde',
        startsAt: at('2031-04-11', 15 * 60).toISOString(),
        endsAt: at('2031-04-11', 16 * 60).toISOString(),
        address: 'Kontoret',
      },
    });
    expect(moved.data?.updateMeeting.__typename).toBe('UpdateMeetingSuccess');
    await w.as.coordinator.gql(CANCEL, { input: { meetingId: gid('Meeting', cancelledLater.id) } });
    expect(await sendReminders(app.prisma, at(today, 18 * 60 + 5))).toBe(1);
    expect(await sendReminders(app.prisma, at(today, 18 * 60 + 10))).toBe(0);
    expect((await reminders(meeting.id)).map((r) => (r.data as { startsAt: string }).startsAt)).toEqual([
      at('2031-04-11', 10 * 60).toISOString(),
      at('2031-04-11', 15 * 60).toISOString(),
    ]);
    expect(await reminders(cancelledLater.id)).toHaveLength(1);
  });

  it('send exactly one reminder when two sweeps run at once', async () => {
    const meeting = await w.createMeeting({
      startsAt: at('2031-05-11', 10 * 60),
      invitations: [{ personId: w.people.member.person.id }],
    });
    const now = at('2031-05-10', 18 * 60);
    const counts = await Promise.all([sendReminders(app.prisma, now), sendReminders(app.prisma, now)]);
    expect(counts.sort()).toEqual([0, 1]);
    expect(await reminders(meeting.id)).toHaveLength(1);
    expect(await app.prisma.reminderSent.count({ where: { objectId: meeting.id } })).toBe(1);
  });

  it('tell approved volunteers of tomorrow’s shift, by SMS when they chose it, and not of a cancelled shift', async () => {
    const volunteer = w.as.volunteer;
    await verifyPhone(volunteer, gateway, '+4520304050');
    const chosen = await volunteer.gql(
      `mutation ($input: SetNotificationPreferenceInput!) {
        setNotificationPreference(input: $input) { __typename }
      }`,
      { input: { kind: 'shift.reminder', email: 'IMMEDIATELY', sms: true } },
    );
    expect(chosen.data?.setNotificationPreference.__typename).toBe('SetNotificationPreferenceSuccess');
    const activity = await createActivity(app.prisma, {
      partnershipId: w.partnership.id,
      address: 'Beboerhuset, Testvej 1',
    });
    const opportunity = await createOpportunity(app.prisma, {
      activityId: activity.id,
      title: 'Kok til fællesspisning',
      shifts: 0,
    });
    await createSignUp(app.prisma, {
      opportunityId: opportunity.id,
      personId: w.people.volunteer.person.id,
      status: 'APPROVED',
    });
    // Applied, not yet approved: not reminded.
    await createSignUp(app.prisma, { opportunityId: opportunity.id, personId: w.people.member.person.id });
    const startsAt = at('2031-06-11', 16 * 60);
    const shift = await createShift(app.prisma, { opportunityId: opportunity.id, startsAt });
    const cancelled = await createShift(app.prisma, {
      opportunityId: opportunity.id,
      startsAt: at('2031-06-11', 19 * 60),
    });
    await app.prisma.shift.update({ where: { id: cancelled.id }, data: { cancelledAt: new Date() } });

    expect(await sendReminders(app.prisma, at('2031-06-10', 17 * 60))).toBe(1);
    expect(await reminders(shift.id)).toEqual([
      {
        userId: w.people.volunteer.user.id,
        kind: 'shift.reminder',
        data: {
          activity: 'Kok til fællesspisning',
          startsAt: startsAt.toISOString(),
          place: 'Beboerhuset, Testvej 1',
        },
      },
    ]);
    expect(await reminders(cancelled.id)).toEqual([]);
    // The first SMS was the code that proved the number.
    const sms = (await gateway.waitForSms(2))[1];
    expect(sms?.msisdn).toBe(4520304050);
    expect(sms?.message).toContain('Påmindelse: din vagt i morgen: Kok til fællesspisning');
    expect(sms?.message).toContain('Beboerhuset, Testvej 1');
    await mailTo(w.people.volunteer.user.email, 'Påmindelse: din vagt i morgen: Kok til fællesspisning');
  });

  it('run on the job queue, which queues the next sweep each time', async () => {
    const partnershipId = gid('Partnership', w.partnership.id);
    await w.as.coordinator.gql(SET_TIME, { input: { partnershipId, minutes: 0 } });
    const tomorrow = nextDate(localParts(new Date()).date);
    await w.createMeeting({
      title: 'Morgendagens møde',
      startsAt: at(tomorrow, 12 * 60),
      invitations: [{ personId: w.people.member.person.id }],
    });
    const worker = await startNotificationWorker({
      prisma: app.db.prisma,
      sql: app.db.sql,
      pollingIntervalSeconds: 0.5,
      reminderSweepSeconds: 1,
    });
    try {
      await mailTo(w.people.member.user.email, 'Påmindelse: mødet Morgendagens møde i morgen');
      const jobs = () =>
        app.prisma.$queryRawUnsafe<{ state: string; n: number }[]>(
          `SELECT state::text, count(*)::int AS n FROM pgboss.job
            WHERE name = 'notification.reminders' GROUP BY state ORDER BY state`,
        );
      // Wait until a second run has completed: the chain goes on by itself.
      for (let deadline = Date.now() + 10_000; ; ) {
        const done = (await jobs()).find((j) => j.state === 'completed')?.n ?? 0;
        if (done >= 2) break;
        if (Date.now() > deadline) throw new Error('the reminder sweep did not run twice');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await jobs()).find((j) => j.state === 'created')?.n).toBe(1);
    } finally {
      await worker.stop();
    }
    expect(
      await app.prisma.outboxMessage.count({
        where: { subject: 'Påmindelse: mødet Morgendagens møde i morgen' },
      }),
    ).toBe(1);
  });
});
