import { addPartnershipMember, createUser } from '@naboskab/seed/factories';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxSettled } from './account-support.ts';
import type { CaughtMail, TestMailCatcher } from './mail-support.ts';
import { findLink } from './mail-support.ts';
import { CANCEL, gid, INVITE, inDays, meetingWorld, UPDATE } from './meeting-support.ts';
import { startMailedTestApi } from './notification-support.ts';
import type { startTestApi } from './support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof meetingWorld>>;
let catcher: TestMailCatcher;
let close: () => Promise<void>;
let anonymous: ReturnType<typeof app.client>;
beforeAll(async () => {
  ({ app, catcher, close } = await startMailedTestApi());
  w = await meetingWorld(app);
  anonymous = app.client();
});
afterAll(() => close());

const ANSWER_IN_APP = /* GraphQL */ `
  mutation ($input: AnswerInvitationInput!) { answerInvitation(input: $input) { __typename } }
`;
const LINK = /* GraphQL */ `
  query ($token: String!) { meetingAnswerLink(token: $token) { title place status response } }
`;
const LEFT = /* GraphQL */ `
  query ($token: String!) { meetingAnswerLink(token: $token) { response personLeft } }
`;
const ANSWER_BY_LINK = /* GraphQL */ `
  mutation ($input: AnswerMeetingByLinkInput!) {
    answerMeetingByLink(input: $input) {
      __typename
      ... on AnswerMeetingByLinkSuccess { answer { response } }
      ... on Error { message }
    }
  }
`;
const MINE = /* GraphQL */ `
  query ($id: ID!) { meeting(id: $id) { viewerInvitation { response } } }
`;

/** The calendar part of a message: its MIME method and the parsed VCALENDAR. */
function calendarOf(mail: CaughtMail) {
  const part = mail.parsed.attachments.find((a) => a.contentType === 'text/calendar');
  const file = mail.parsed.attachments.find((a) => a.filename === 'invitation.ics');
  if (!part || !file) throw new Error(`no calendar in "${mail.parsed.subject}"`);
  const calendar = new ICAL.Component(ICAL.parse(file.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return {
    mimeMethod: part.headers.get('content-type'),
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
    locations: event.getAllProperties('location').map((p) => p.getFirstValue()),
    organizer: event.getFirstPropertyValue('organizer'),
    attendee: event.getFirstProperty('attendee'),
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
  };
}

describe('meeting invitations as iCalendar (iTIP)', () => {
  it('sends REQUEST with a stable UID and rising SEQUENCE, then CANCEL; answer links record the answer', async () => {
    const startsAt = inDays(4);
    const meeting = await w.createMeeting({
      title: 'Kvartalsmøde',
      startsAt,
      address: 'Beboerhuset, Aarhus',
    });
    const meetingId = gid('Meeting', meeting.id);
    const to = w.people.member.user.email;
    await w.as.coordinator.gql(INVITE, {
      input: { meetingId, personIds: [gid('Person', w.people.member.person.id)] },
    });
    const invited = calendarOf(await catcher.waitForMessageTo(to));
    expect(invited).toMatchObject({
      method: 'REQUEST',
      uid: `meeting-${meeting.id}@naboskab.dk`,
      sequence: 0,
      status: 'CONFIRMED',
      locations: ['Beboerhuset, Aarhus'],
    });
    expect(invited.mimeMethod).toMatchObject({ value: 'text/calendar', params: { method: 'REQUEST' } });
    expect(invited.start.toISOString()).toBe(startsAt.toISOString());
    expect(invited.organizer).toMatch(/^mailto:/);
    expect(invited.attendee?.getFirstValue()).toBe(`mailto:${to}`);
    expect(invited.attendee?.getParameter('rsvp')).toBe('TRUE');

    // The answer link answers without signing in, and the same answer twice changes nothing.
    const mail = catcher.messages.find((m) => m.envelopeTo.includes(to));
    if (!mail) throw new Error('no mail');
    const link = new URL(findLink(mail, '/moeder/svar/'));
    expect(link.searchParams.get('svar')).toBe('ja');
    const token = link.pathname.split('/').pop() ?? '';
    expect((await anonymous.gql(LINK, { token })).data?.meetingAnswerLink).toEqual({
      title: 'Kvartalsmøde',
      place: 'Beboerhuset, Aarhus',
      status: 'PLANNED',
      response: 'PENDING',
    });
    for (let i = 0; i < 2; i++) {
      const answered = await anonymous.gql(ANSWER_BY_LINK, { input: { token, response: 'YES' } });
      expect(answered.data?.answerMeetingByLink).toEqual({
        __typename: 'AnswerMeetingByLinkSuccess',
        answer: { response: 'YES' },
      });
    }
    expect(await app.prisma.auditEntry.count({ where: { action: 'meeting.answer' } })).toBe(1);
    const mine = await w.as.member.gql(MINE, { id: meetingId });
    expect(mine.data?.meeting.viewerInvitation.response).toBe('YES');
    // The answer in the app is the same record the link shows.
    await w.as.member.gql(ANSWER_IN_APP, { input: { meetingId, response: 'NO' } });
    expect((await anonymous.gql(LINK, { token })).data?.meetingAnswerLink.response).toBe('NO');
    expect(await app.prisma.meetingInvitation.count({ where: { meetingId: meeting.id } })).toBe(1);

    // Moved: the same UID with a higher SEQUENCE; cancelled: CANCEL, higher still.
    const base = { meetingId, title: 'Kvartalsmøde', address: 'Beboerhuset, Aarhus' };
    await w.as.coordinator.gql(UPDATE, {
      input: { ...base, startsAt: inDays(5).toISOString(), endsAt: inDays(5, 17).toISOString() },
    });
    await w.as.coordinator.gql(CANCEL, { input: { meetingId } });
    const all = await catcher.waitForMessages(3);
    const mine3 = all.filter((m) => m.envelopeTo.includes(to)).map(calendarOf);
    expect(mine3.map((c) => [c.method, c.uid, c.sequence])).toEqual([
      ['REQUEST', invited.uid, 0],
      ['REQUEST', invited.uid, 1],
      ['CANCEL', invited.uid, 2],
    ]);
    expect(mine3[2]?.status).toBe('CANCELLED');
    expect(mine3[2]?.mimeMethod).toMatchObject({ params: { method: 'CANCEL' } });

    // A cancelled meeting takes no more answers.
    const late = await anonymous.gql(ANSWER_BY_LINK, { input: { token, response: 'YES' } });
    expect(late.data?.answerMeetingByLink.__typename).toBe('NotAllowedError');
  });

  it('refuses the links of people who left the partnership or were deactivated, recording nothing, and tells them no more', async () => {
    // Staff of two member organisations, each invited in person.
    const staffOf = async () => {
      const membership = await addPartnershipMember(app.prisma, { partnershipId: w.partnership.id });
      const { person, user } = await createUser(app.prisma, {
        role: 'COORDINATOR',
        organisationId: membership.organisationId,
      });
      return { membership, person, user };
    };
    const leaver = await staffOf();
    const deactivated = await staffOf();
    const stayer = await staffOf();
    const meeting = await w.createMeeting({ title: 'Afskedsmøde', startsAt: inDays(6) });
    const personIds = [leaver, deactivated, stayer].map((p) => gid('Person', p.person.id));
    await w.as.coordinator.gql(INVITE, { input: { meetingId: gid('Meeting', meeting.id), personIds } });
    const tokenOf = async (email: string) =>
      new URL(findLink(await catcher.waitForMessageTo(email), '/moeder/svar/')).pathname.split('/').pop() ??
      '';
    const tokens = [await tokenOf(leaver.user.email), await tokenOf(deactivated.user.email)];
    const views = () => Promise.all(tokens.map(async (token) => (await anonymous.gql(LEFT, { token })).data));
    expect(await views()).toEqual([
      { meetingAnswerLink: { response: 'PENDING', personLeft: false } },
      { meetingAnswerLink: { response: 'PENDING', personLeft: false } },
    ]);

    // One's organisation leaves the partnership; an administrator deactivates the other's account.
    const removed = await w.as.coordinator.gql(
      'mutation ($input: RemovePartnershipMemberInput!) { removePartnershipMember(input: $input) { __typename } }',
      { input: { id: gid('PartnershipMember', leaver.membership.id) } },
    );
    expect(removed.data?.removePartnershipMember.__typename).toBe('RemovePartnershipMemberSuccess');
    const admin = await createUser(app.prisma, { role: 'ADMIN' });
    const asAdmin = app.client();
    await asAdmin.signIn(admin.user.email, admin.password);
    const off = await asAdmin.gql(
      'mutation ($input: UserStatusInput!) { deactivateUser(input: $input) { __typename } }',
      { input: { userId: gid('User', deactivated.user.id) } },
    );
    expect(off.data?.deactivateUser.__typename).toBe('DeactivateUserSuccess');

    const answers = await app.prisma.auditEntry.count({ where: { action: 'meeting.answer' } });
    expect(await views()).toEqual([
      { meetingAnswerLink: { response: 'PENDING', personLeft: true } },
      { meetingAnswerLink: { response: 'PENDING', personLeft: true } },
    ]);
    const refused = {
      __typename: 'NotAllowedError',
      message:
        'Du er ikke længere med i partnerskabet, eller din konto er deaktiveret, så du kan ikke svare på invitationen.',
    };
    for (const token of tokens)
      expect(
        (await anonymous.gql(ANSWER_BY_LINK, { input: { token, response: 'YES' } })).data
          ?.answerMeetingByLink,
      ).toEqual(refused);
    const english = await anonymous.gql(
      ANSWER_BY_LINK,
      { input: { token: tokens[0], response: 'NO' } },
      { 'accept-language': 'en' },
    );
    expect(english.data?.answerMeetingByLink.message).toBe(
      'You are no longer part of the partnership, or your account is deactivated, so you cannot answer the invitation.',
    );
    const invitations = await app.prisma.meetingInvitation.findMany({ where: { meetingId: meeting.id } });
    expect(invitations.map((i) => i.response)).toEqual(['PENDING', 'PENDING', 'PENDING']);
    expect(await app.prisma.auditEntry.count({ where: { action: 'meeting.answer' } })).toBe(answers);

    // The cancellation reaches the one who stayed, and neither of the others.
    const mailsTo = (email: string) => catcher.messages.filter((m) => m.envelopeTo.includes(email)).length;
    await catcher.waitForMessageTo(stayer.user.email);
    const before = [leaver, deactivated, stayer].map((p) => mailsTo(p.user.email));
    await w.as.coordinator.gql(CANCEL, { input: { meetingId: gid('Meeting', meeting.id) } });
    await catcher.waitForMessage(
      (m) => m.envelopeTo.includes(stayer.user.email) && mailsTo(stayer.user.email) > (before[2] ?? 0),
    );
    await outboxSettled(app);
    expect([leaver, deactivated, stayer].map((p) => mailsTo(p.user.email))).toEqual([
      before[0],
      before[1],
      (before[2] ?? 0) + 1,
    ]);
  });

  it('refuses an unknown link', async () => {
    const token = 'x'.repeat(43);
    expect((await anonymous.gql(LINK, { token })).data?.meetingAnswerLink).toBeNull();
    const answered = await anonymous.gql(ANSWER_BY_LINK, { input: { token, response: 'YES' } });
    expect(answered.data?.answerMeetingByLink.__typename).toBe('NotFoundError');
  });
});
