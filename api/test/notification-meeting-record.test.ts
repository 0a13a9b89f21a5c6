import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestMailCatcher } from './mail-support.ts';
import { gid, inDays, meetingWorld } from './meeting-support.ts';
import { startMailedTestApi } from './notification-support.ts';
import type { startTestApi } from './support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof meetingWorld>>;
let catcher: TestMailCatcher;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, catcher, close } = await startMailedTestApi());
  w = await meetingWorld(app);
});
afterAll(() => close());

const SEND_AGENDA = /* GraphQL */ `
  mutation ($input: SendMeetingAgendaInput!) {
    sendMeetingAgenda(input: $input) { __typename ... on Error { message } }
  }
`;
const STATUS = (name: string) => /* GraphQL */ `
  mutation ($input: MeetingIdInput!) { ${name}(input: $input) { __typename } }
`;

const kindsOf = async (userId: string, meetingId: string) =>
  (
    await app.prisma.notification.findMany({
      where: { userId, objectId: meetingId },
      orderBy: { createdAt: 'asc' },
      select: { kind: true },
    })
  ).map((n) => n.kind);

describe('agenda and minutes notices', () => {
  it('sends the agenda to the invitees on request, naming the meeting but not the agenda', async () => {
    const meeting = await w.createMeeting({
      title: 'Forårsmøde',
      startsAt: inDays(6),
      address: 'Kulturhuset',
    });
    const meetingId = gid('Meeting', meeting.id);
    await app.prisma.agendaItem.deleteMany({ where: { meetingId: meeting.id } });
    const empty = await w.as.coordinator.gql(SEND_AGENDA, { input: { meetingId } });
    expect(empty.data?.sendMeetingAgenda.message).toBe(
      'Dagsordenen er tom. Tilføj punkter, før du sender den.',
    );
    await app.prisma.agendaItem.create({
      data: { meetingId: meeting.id, position: 1, title: 'Fru Jensens ensomhed' },
    });
    const nobody = await w.as.coordinator.gql(SEND_AGENDA, { input: { meetingId } });
    expect(nobody.data?.sendMeetingAgenda.message).toContain('Ingen er inviteret endnu');
    await app.prisma.meetingInvitation.create({
      data: { meetingId: meeting.id, personId: w.people.member.person.id },
    });
    const sent = await w.as.coordinator.gql(SEND_AGENDA, { input: { meetingId } });
    expect(sent.data?.sendMeetingAgenda.__typename).toBe('SendMeetingAgendaSuccess');
    expect(await kindsOf(w.people.member.user.id, meeting.id)).toEqual(['meeting.agenda']);
    expect(await kindsOf(w.people.otherMember.user.id, meeting.id)).toEqual([]);
    const mail = await catcher.waitForMessageTo(w.people.member.user.email);
    expect(mail.parsed.subject).toBe('Dagsordenen til mødet Forårsmøde er klar');
    expect(mail.parsed.text).toContain('Sted: Kulturhuset');
    expect(`${mail.parsed.html}${mail.parsed.text}`).not.toContain('Jensen');
    const other = await w.as.otherCoordinator.gql(SEND_AGENDA, { input: { meetingId } });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('tells attendees and the partnership’s people once that the minutes are published', async () => {
    const meeting = await w.createMeeting({ title: 'Høstmøde', startsAt: inDays(-1), address: 'Salen' });
    const meetingId = gid('Meeting', meeting.id);
    const before = catcher.messages.length;
    await app.prisma.attendance.create({
      data: { meetingId: meeting.id, personId: w.people.otherMember.person.id },
    });
    await app.prisma.minutes.create({ data: { meetingId: meeting.id, text: 'Hemmelig referattekst' } });
    for (const name of ['closeMeeting', 'reopenMeeting', 'closeMeeting']) {
      const changed = await w.as.coordinator.gql(STATUS(name), { input: { meetingId } });
      expect(changed.data?.[name].__typename).toMatch(/Success$/);
    }
    for (const person of [w.people.member, w.people.otherMember, w.people.coordinator]) {
      expect(await kindsOf(person.user.id, meeting.id)).toEqual(['meeting.minutes']);
    }
    expect(await kindsOf(w.people.otherCoordinator.user.id, meeting.id)).toEqual([]);
    const mails = (await catcher.waitForMessages(before + 3)).slice(before);
    expect(mails.map((m) => m.parsed.subject)).toEqual(Array(3).fill('Referatet af mødet Høstmøde er klar'));
    for (const mail of mails) expect(`${mail.parsed.html}${mail.parsed.text}`).not.toContain('Hemmelig');
  });
});
