import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findLink, type TestMailCatcher } from './mail-support.ts';
import { CANCEL, gid, INVITE, inDays, meetingWorld, UPDATE } from './meeting-support.ts';
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

const ACTION = /* GraphQL */ `
  mutation ($input: AddActionItemInput!) { addActionItem(input: $input) { __typename } }
`;
const BELL = /* GraphQL */ `
  query { viewer { unreadNotificationCount } notifications(first: 5) { edges { node { kind title link startsAt } } } }
`;

describe('meeting invitations', () => {
  it('tells each invitee once, in the app and by e-mail with the time, place and a link', async () => {
    const startsAt = inDays(3);
    const meeting = await w.createMeeting({ title: 'Partnerskabsmøde', startsAt, address: 'Beboerhuset' });
    const meetingId = gid('Meeting', meeting.id);
    const input = {
      meetingId,
      personIds: [gid('Person', w.people.member.person.id)],
      organisationIds: [gid('Organisation', w.memberOrg.id)],
    };
    expect((await w.as.coordinator.gql(INVITE, { input })).data?.inviteToMeeting.__typename).toBe(
      'InviteToMeetingSuccess',
    );
    // Inviting again, in person and through the organisation, tells nobody twice.
    await w.as.coordinator.gql(INVITE, { input });

    for (const client of [w.as.member, w.as.otherMember]) {
      const bell = await client.gql(BELL);
      expect(bell.data?.viewer.unreadNotificationCount).toBe(1);
      expect(bell.data?.notifications.edges[0].node).toEqual({
        kind: 'meeting.planned',
        title: 'Du er inviteret til mødet Partnerskabsmøde',
        link: `/moeder/${meeting.id}`,
        startsAt: startsAt.toISOString(),
      });
    }
    expect((await w.as.otherCoordinator.gql(BELL)).data?.viewer.unreadNotificationCount).toBe(0);

    const mail = await catcher.waitForMessageTo(w.people.member.user.email);
    expect(mail.parsed.subject).toBe('Du er inviteret til mødet Partnerskabsmøde');
    expect(mail.parsed.text).toContain('Sted: Beboerhuset');
    expect(findLink(mail, '/moeder/')).toBe(`http://127.0.0.1:3000/moeder/${meeting.id}`);
    await catcher.waitForMessageTo(w.people.otherMember.user.email);
    expect(await app.prisma.outboxMessage.count({ where: { kind: 'meeting.invitation' } })).toBe(2);
  });

  it('tells invitees when the meeting moves (not when only its title changes) and when it is cancelled', async () => {
    const meeting = await w.createMeeting({ title: 'Styregruppe', address: 'Kontoret' });
    const meetingId = gid('Meeting', meeting.id);
    await w.as.coordinator.gql(INVITE, {
      input: { meetingId, personIds: [gid('Person', w.people.member.person.id)] },
    });
    const base = {
      meetingId,
      title: 'Styregruppemøde',
      startsAt: meeting.startsAt.toISOString(),
      endsAt: meeting.endsAt.toISOString(),
      address: 'Kontoret',
    };
    await w.as.coordinator.gql(UPDATE, { input: base });
    const moved = await w.as.coordinator.gql(UPDATE, {
      input: { ...base, startsAt: inDays(9).toISOString(), endsAt: inDays(9, 16).toISOString() },
    });
    expect(moved.data?.updateMeeting.__typename).toBe('UpdateMeetingSuccess');
    await w.as.coordinator.gql(CANCEL, { input: { meetingId } });
    const kinds = await app.prisma.notification.findMany({
      where: { objectId: meeting.id, userId: w.people.member.user.id },
      orderBy: { createdAt: 'asc' },
      select: { kind: true },
    });
    expect(kinds.map((n) => n.kind)).toEqual(['meeting.planned', 'meeting.moved', 'meeting.cancelled']);
    const subjects = (await catcher.waitForMessages(5)).map((m) => m.parsed.subject);
    expect(subjects).toContain('Mødet Styregruppemøde er flyttet');
    expect(subjects).toContain('Mødet Styregruppemøde er aflyst');
  });

  it('tells an action item’s owner it is theirs, naming the meeting but not the item’s words', async () => {
    const meeting = await w.createMeeting({ title: 'Budgetmøde' });
    const added = await w.as.coordinator.gql(ACTION, {
      input: {
        meetingId: gid('Meeting', meeting.id),
        description: 'Ring til fru Jensen om hendes ensomhed',
        ownerPersonId: gid('Person', w.people.otherMember.person.id),
      },
    });
    expect(added.data?.addActionItem.__typename).toBe('AddActionItemSuccess');
    const bell = await w.as.otherMember.gql(BELL);
    expect(bell.data?.notifications.edges[0].node).toMatchObject({
      kind: 'actionItem.assigned',
      title: 'Du har fået en opgave fra mødet Budgetmøde',
      link: '/mine-opgaver',
    });
    const all = (await catcher.waitForMessages(6)).filter((m) => m.parsed.subject?.includes('Budgetmøde'));
    expect(all).toHaveLength(1);
    expect(all[0]?.envelopeTo).toEqual([w.people.otherMember.user.email]);
    expect(`${all[0]?.parsed.html}${all[0]?.parsed.text}`).not.toContain('Jensen');
  });
});
