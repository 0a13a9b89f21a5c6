import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, meetingWorld } from './meeting-support.ts';
import { startTestApi } from './support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof meetingWorld>>;
beforeAll(async () => {
  app = await startTestApi();
  w = await meetingWorld(app);
});
afterAll(() => app.close());

const INVITE_EVERYONE = /* GraphQL */ `
  mutation ($input: InviteEveryoneToMeetingInput!) {
    inviteEveryoneToMeeting(input: $input) { __typename ... on Error { message } }
  }
`;
const CHECKLIST = /* GraphQL */ `
  query ($id: ID!) { meeting(id: $id) { attendanceChecklist { personId name organisationName status } } }
`;
const SAVE = /* GraphQL */ `
  mutation ($input: SaveAttendanceChecklistInput!) {
    saveAttendanceChecklist(input: $input) {
      __typename
      ... on ValidationError { issues { path message } }
    }
  }
`;

async function checklist(meetingId: string) {
  const result = await w.as.coordinator.gql(CHECKLIST, { id: meetingId });
  if (!result.data?.meeting) throw new Error(JSON.stringify(result.errors));
  const rows: { personId: string; name: string; status: string }[] = result.data?.meeting.attendanceChecklist;
  return Object.fromEntries(rows.map((r) => [r.personId, r.status]));
}

describe('inviting everyone and the attendance checklist', () => {
  it('invites every contact person or member organisation in one action, once', async () => {
    const meeting = await w.createMeeting({ title: 'Stormøde' });
    const meetingId = gid('Meeting', meeting.id);
    for (const who of ['CONTACT_PEOPLE', 'MEMBER_ORGANISATIONS', 'MEMBER_ORGANISATIONS']) {
      const invited = await w.as.coordinator.gql(INVITE_EVERYONE, { input: { meetingId, who } });
      expect(invited.data?.inviteEveryoneToMeeting.__typename).toBe('InviteEveryoneToMeetingSuccess');
    }
    const invitations = await app.prisma.meetingInvitation.findMany({
      where: { meetingId: meeting.id },
      select: { personId: true, organisationId: true },
    });
    expect(invitations).toHaveLength(2);
    expect(invitations).toContainEqual({ personId: w.contact.id, organisationId: null });
    expect(invitations).toContainEqual({ personId: null, organisationId: w.memberOrg.id });
    // The people of the member organisation are told once, though it was invited twice.
    expect(
      await app.prisma.notification.count({ where: { objectId: meeting.id, kind: 'meeting.planned' } }),
    ).toBe(2);
    const other = await w.as.otherCoordinator.gql(INVITE_EVERYONE, {
      input: { meetingId, who: 'CONTACT_PEOPLE' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('marks many people present, excused or absent in one save; a bad line saves nothing', async () => {
    const meeting = await w.createMeeting({ title: 'Tjekliste' });
    const meetingId = gid('Meeting', meeting.id);
    await w.as.coordinator.gql(INVITE_EVERYONE, { input: { meetingId, who: 'CONTACT_PEOPLE' } });
    await w.as.coordinator.gql(INVITE_EVERYONE, { input: { meetingId, who: 'MEMBER_ORGANISATIONS' } });
    const contact = gid('Person', w.contact.id);
    const member = gid('Person', w.people.member.person.id);
    const otherMember = gid('Person', w.people.otherMember.person.id);
    expect(await checklist(meetingId)).toEqual({
      [contact]: 'ABSENT',
      [member]: 'ABSENT',
      [otherMember]: 'ABSENT',
    });

    const entries = [
      { personId: member, status: 'PRESENT' },
      { personId: otherMember, status: 'EXCUSED' },
      { personId: contact, status: 'ABSENT' },
    ];
    const saved = await w.as.coordinator.gql(SAVE, { input: { meetingId, entries } });
    expect(saved.data?.saveAttendanceChecklist.__typename).toBe('SaveAttendanceChecklistSuccess');
    expect(await checklist(meetingId)).toEqual({
      [contact]: 'ABSENT',
      [member]: 'PRESENT',
      [otherMember]: 'EXCUSED',
    });
    const attendance = await app.prisma.attendance.findMany({ where: { meetingId: meeting.id } });
    expect(attendance.map((a) => [a.personId, a.onBehalfOfOrganisationId])).toEqual([
      [w.people.member.person.id, w.memberOrg.id],
    ]);
    // The "afbud" is the invitee's answer, as if they had answered themselves.
    const answer = await app.prisma.meetingInvitation.findFirst({
      where: { meetingId: meeting.id, personId: w.people.otherMember.person.id },
    });
    expect(answer?.response).toBe('NO');

    // One person outside the partnership: nothing of the save happens.
    const bad = await w.as.coordinator.gql(SAVE, {
      input: {
        meetingId,
        entries: [
          { personId: member, status: 'ABSENT' },
          { personId: gid('Person', w.outsiderPerson.id), status: 'PRESENT' },
        ],
      },
    });
    expect(bad.data?.saveAttendanceChecklist.__typename).toBe('ValidationError');
    const twice = await w.as.coordinator.gql(SAVE, {
      input: { meetingId, entries: [entries[0], entries[0]] },
    });
    expect(twice.data?.saveAttendanceChecklist.issues[0].message).toBe(
      'Den samme person står flere gange på listen.',
    );
    expect(await checklist(meetingId)).toEqual({
      [contact]: 'ABSENT',
      [member]: 'PRESENT',
      [otherMember]: 'EXCUSED',
    });

    // Taking an "afbud" back and marking them present.
    await w.as.coordinator.gql(SAVE, {
      input: { meetingId, entries: [{ personId: otherMember, status: 'PRESENT' }] },
    });
    expect((await checklist(meetingId))[otherMember]).toBe('PRESENT');
  });

  it('applies concurrent saves one after the other, never a mix of the two', async () => {
    const meeting = await w.createMeeting({ title: 'Samtidig' });
    const meetingId = gid('Meeting', meeting.id);
    await w.as.coordinator.gql(INVITE_EVERYONE, { input: { meetingId, who: 'MEMBER_ORGANISATIONS' } });
    const people = [w.people.member.person.id, w.people.otherMember.person.id].map((id) => gid('Person', id));
    const all = (status: string) => people.map((personId) => ({ personId, status }));
    const results = await Promise.all(
      ['PRESENT', 'EXCUSED', 'PRESENT', 'EXCUSED'].map((status) =>
        w.as.coordinator.gql(SAVE, { input: { meetingId, entries: all(status) } }),
      ),
    );
    expect(results.map((r) => r.data?.saveAttendanceChecklist.__typename)).toEqual(
      Array(4).fill('SaveAttendanceChecklistSuccess'),
    );
    const statuses = new Set(Object.values(await checklist(meetingId)));
    expect(statuses.size).toBe(1);
  });
});
