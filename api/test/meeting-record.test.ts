import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, inDays, meetingWorld, RESULT_FIELDS } from './meeting-support.ts';
import { startTestApi } from './support.ts';

const m = (name: string, input: string, success: string, selection: string) => /* GraphQL */ `
  mutation Run($input: ${input}!) {
    ${name}(input: $input) { ${RESULT_FIELDS} ... on ${success} { ${selection} } }
  }
`;
const ADD_ITEM = m(
  'addAgendaItem',
  'AddAgendaItemInput',
  'AddAgendaItemSuccess',
  'agendaItem { id title position owner { name } }',
);
const MOVE = m(
  'moveAgendaItem',
  'MoveAgendaItemInput',
  'MoveAgendaItemSuccess',
  'meeting { agendaItems(first: 100) { edges { node { title position } } } }',
);
const REMOVE = m(
  'removeAgendaItem',
  'AgendaItemIdInput',
  'RemoveAgendaItemSuccess',
  'meeting { agendaItems(first: 100) { edges { node { title position } } } }',
);
const INVITE = m(
  'inviteToMeeting',
  'InviteToMeetingInput',
  'InviteToMeetingSuccess',
  'meeting { invitations(first: 100) { totalCount } }',
);
const ANSWER = m(
  'answerInvitation',
  'AnswerInvitationInput',
  'AnswerInvitationSuccess',
  'meeting { viewerInvitation { response } }',
);
const ATTEND = m(
  'recordAttendance',
  'RecordAttendanceInput',
  'RecordAttendanceSuccess',
  'meeting { attendances(first: 100) { edges { node { person { name } onBehalfOf { name } } } } }',
);
const SAVE = m('saveMinutes', 'SaveMinutesInput', 'SaveMinutesSuccess', 'minutes { text version }').replace(
  '... on Error { message }',
  '... on Error { message } ... on MinutesConflictError { currentText currentVersion }',
);
const DECIDE = m(
  'recordDecision',
  'RecordDecisionInput',
  'RecordDecisionSuccess',
  'meeting { decisions(first: 100) { edges { node { text } } } }',
);
const ACTION = m(
  'addActionItem',
  'AddActionItemInput',
  'AddActionItemSuccess',
  'meeting { actionItems(first: 100) { edges { node { id description owner { name } overdue } } } }',
);
const STATUS = m(
  'setActionItemStatus',
  'SetActionItemStatusInput',
  'SetActionItemStatusSuccess',
  'actionItem { status completedAt }',
);
const CLOSE = m('closeMeeting', 'MeetingIdInput', 'CloseMeetingSuccess', 'meeting { status closedAt }');
const REOPEN = m('reopenMeeting', 'MeetingIdInput', 'ReopenMeetingSuccess', 'meeting { status closedAt }');
const RECORD = /* GraphQL */ `
  query Record($id: ID!) {
    meeting(id: $id) {
      minutes(first: 100) { edges { node { text version } } }
      decisions(first: 100) { totalCount }
      actionItems(first: 100) { totalCount }
      carriedActionItems(first: 100) { edges { node { description overdue status } } }
    }
  }
`;
const MINE = /* GraphQL */ `
  query Mine { myActionItems(first: 100, status: OPEN) { totalCount edges { node { description overdue meeting { title } } } } }
`;

describe('meeting record: agenda, invitations, attendance, minutes, decisions, action items', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof meetingWorld>>;
  let meeting: Awaited<ReturnType<typeof w.createMeeting>>;
  let meetingId: string;
  const item = (i: number) => gid('AgendaItem', meeting.agendaItems[i]?.id ?? '');

  beforeAll(async () => {
    app = await startTestApi();
    w = await meetingWorld(app);
    meeting = await w.createMeeting({
      title: 'Marts-mødet',
      startsAt: inDays(-1, 15),
      endsAt: inDays(-1, 17),
    });
    meetingId = gid('Meeting', meeting.id);
  });
  afterAll(() => app.close());

  it('builds the agenda: add with owner and time box, move up and down, remove renumbers', async () => {
    const added = await w.as.coordinator.gql(ADD_ITEM, {
      input: { meetingId, title: 'Budget', durationMinutes: 20, ownerPersonId: gid('Person', w.contact.id) },
    });
    expect(added.data?.addAgendaItem).toMatchObject({
      agendaItem: { title: 'Budget', position: 4, owner: { name: 'Kontakt Person' } },
    });
    const up = await w.as.coordinator.gql(MOVE, {
      input: { agendaItemId: added.data?.addAgendaItem.agendaItem.id, direction: 'UP' },
    });
    const titles = (r: any, f: string) =>
      r.data?.[f].meeting.agendaItems.edges.map((e: any) => `${e.node.position}:${e.node.title}`);
    expect(titles(up, 'moveAgendaItem')).toEqual([
      '1:Velkomst',
      '2:Status på aktiviteterne',
      '3:Budget',
      '4:Eventuelt',
    ]);
    const top = await w.as.coordinator.gql(MOVE, { input: { agendaItemId: item(0), direction: 'UP' } });
    expect(top.data?.moveAgendaItem.__typename).toBe('NotAllowedError');
    const removed = await w.as.coordinator.gql(REMOVE, {
      input: { agendaItemId: added.data?.addAgendaItem.agendaItem.id },
    });
    expect(titles(removed, 'removeAgendaItem')).toEqual([
      '1:Velkomst',
      '2:Status på aktiviteterne',
      '3:Eventuelt',
    ]);
  });

  it('refuses an agenda item without a title or with an owner from outside, in Danish and English', async () => {
    const before = await app.prisma.agendaItem.count();
    const da = await w.as.coordinator.gql(ADD_ITEM, { input: { meetingId, title: '' } });
    expect(da.data?.addAgendaItem.issues).toEqual([
      { path: ['input', 'title'], message: 'Feltet skal udfyldes.' },
    ]);
    const en = await w.as.coordinator.gql(
      ADD_ITEM,
      { input: { meetingId, title: 'X', ownerPersonId: gid('Person', w.outsiderPerson.id) } },
      { 'accept-language': 'en' },
    );
    expect(en.data?.addAgendaItem.issues).toEqual([
      { path: ['input', 'ownerPersonId'], message: 'The person is not a member of the partnership.' },
    ]);
    expect(await app.prisma.agendaItem.count()).toBe(before);
  });

  it('denies agenda changes to members, other coordinators and the ministry; unknown items are not found', async () => {
    for (const client of [w.as.member, w.as.otherCoordinator, w.as.ministry, w.as.volunteer]) {
      const result = await client.gql(MOVE, { input: { agendaItemId: item(1), direction: 'DOWN' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const missing = await w.as.coordinator.gql(REMOVE, {
      input: { agendaItemId: gid('AgendaItem', '00000000-0000-7000-8000-000000000000') },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN'); // no such item: refused
  });

  it('invites members; an invited member answers; outsiders cannot be invited or answer', async () => {
    const invite = await w.as.coordinator.gql(INVITE, {
      input: {
        meetingId,
        personIds: [gid('Person', w.people.member.person.id)],
        organisationIds: [gid('Organisation', w.memberOrg.id)],
      },
    });
    expect(invite.data?.inviteToMeeting.meeting.invitations.totalCount).toBe(2);
    const outsider = await w.as.coordinator.gql(INVITE, {
      input: { meetingId, personIds: [gid('Person', w.outsiderPerson.id)] },
    });
    expect(outsider.data?.inviteToMeeting.issues?.[0].path).toEqual(['input', 'personIds']);
    const empty = await w.as.coordinator.gql(INVITE, { input: { meetingId } });
    expect(empty.data?.inviteToMeeting.__typename).toBe('ValidationError');
    const answer = await w.as.member.gql(ANSWER, { input: { meetingId, response: 'YES' } });
    expect(answer.data?.answerInvitation.meeting.viewerInvitation).toEqual({ response: 'YES' });
    // Invited through the organisation: the answer becomes a personal invitation.
    const viaOrg = await w.as.otherMember.gql(ANSWER, { input: { meetingId, response: 'MAYBE' } });
    expect(viaOrg.data?.answerInvitation.meeting.viewerInvitation).toEqual({ response: 'MAYBE' });
    for (const client of [w.as.otherCoordinator, w.as.ministry, w.as.volunteer]) {
      const denied = await client.gql(ANSWER, { input: { meetingId, response: 'NO' } });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const memberInvites = await w.as.member.gql(INVITE, {
      input: { meetingId, personIds: [gid('Person', w.contact.id)] },
    });
    expect(memberInvites.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records attendance on behalf of a member organisation; only people of the partnership', async () => {
    const result = await w.as.coordinator.gql(ATTEND, {
      input: {
        meetingId,
        personId: gid('Person', w.people.member.person.id),
        onBehalfOfOrganisationId: gid('Organisation', w.memberOrg.id),
      },
    });
    expect(result.data?.recordAttendance.meeting.attendances.edges).toEqual([
      { node: { person: { name: w.people.member.person.name }, onBehalfOf: { name: w.memberOrg.name } } },
    ]);
    const outsider = await w.as.coordinator.gql(ATTEND, {
      input: { meetingId, personId: gid('Person', w.outsiderPerson.id) },
    });
    expect(outsider.data?.recordAttendance.issues?.[0]).toEqual({
      path: ['input', 'personId'],
      message: 'Personen er ikke medlem af partnerskabet.',
    });
    const denied = await w.as.otherCoordinator.gql(ATTEND, {
      input: { meetingId, personId: gid('Person', w.contact.id) },
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('saves minutes with versions; an outdated save returns the current text and changes nothing', async () => {
    const first = await w.as.coordinator.gql(SAVE, {
      input: { agendaItemId: item(1), text: 'Første udkast', expectedVersion: 0 },
    });
    expect(first.data?.saveMinutes).toMatchObject({ minutes: { text: 'Første udkast', version: 1 } });
    const stale = await w.as.coordinator.gql(SAVE, {
      input: { agendaItemId: item(1), text: 'Min tekst', expectedVersion: 0 },
    });
    expect(stale.data?.saveMinutes).toMatchObject({
      __typename: 'MinutesConflictError',
      currentText: 'Første udkast',
      currentVersion: 1,
      message: 'Referatet er ændret af en anden, mens du skrev. Flet teksterne, og gem igen.',
    });
    const stored = await app.prisma.minutes.findUniqueOrThrow({
      where: { agendaItemId: meeting.agendaItems[1]?.id },
    });
    expect(stored).toMatchObject({ text: 'Første udkast', version: 1 });
  });

  it('of two concurrent saves of the same version exactly one wins; the loser gets the winner’s text', async () => {
    const results = await Promise.all(
      ['Anne skriver', 'Bo skriver'].map((text) =>
        w.as.coordinator.gql(SAVE, { input: { agendaItemId: item(1), text, expectedVersion: 1 } }),
      ),
    );
    const kinds = results.map((r) => r.data?.saveMinutes.__typename).sort();
    expect(kinds).toEqual(['MinutesConflictError', 'SaveMinutesSuccess']);
    const winner = results.find((r) => r.data?.saveMinutes.__typename === 'SaveMinutesSuccess')?.data
      ?.saveMinutes.minutes;
    const loser = results.find((r) => r.data?.saveMinutes.__typename === 'MinutesConflictError')?.data
      ?.saveMinutes;
    expect(loser).toMatchObject({ currentText: winner.text, currentVersion: 2 });
    const stored = await app.prisma.minutes.findUniqueOrThrow({
      where: { agendaItemId: meeting.agendaItems[1]?.id },
    });
    expect(stored).toMatchObject({ text: winner.text, version: 2 });
    // Two first saves (version 0) race the same way.
    const fresh = await Promise.all(
      ['A', 'B'].map((text) =>
        w.as.coordinator.gql(SAVE, { input: { agendaItemId: item(2), text, expectedVersion: 0 } }),
      ),
    );
    expect(fresh.map((r) => r.data?.saveMinutes.__typename).sort()).toEqual([
      'MinutesConflictError',
      'SaveMinutesSuccess',
    ]);
  });

  it('records decisions and action items; the owner must belong to the partnership', async () => {
    const decision = await w.as.coordinator.gql(DECIDE, {
      input: { meetingId, agendaItemId: item(1), text: 'Vi holder sommerfest' },
    });
    expect(decision.data?.recordDecision.meeting.decisions.edges).toEqual([
      { node: { text: 'Vi holder sommerfest' } },
    ]);
    const emptyDecision = await w.as.coordinator.gql(DECIDE, { input: { meetingId, text: '  ' } });
    expect(emptyDecision.data?.recordDecision.issues?.[0].path).toEqual(['input', 'text']);
    const before = await app.prisma.actionItem.count();
    const outsider = await w.as.coordinator.gql(
      ACTION,
      { input: { meetingId, description: 'Book hal', ownerPersonId: gid('Person', w.outsiderPerson.id) } },
      { 'accept-language': 'en' },
    );
    expect(outsider.data?.addActionItem.issues).toEqual([
      { path: ['input', 'ownerPersonId'], message: 'The person is not a member of the partnership.' },
    ]);
    expect(await app.prisma.actionItem.count()).toBe(before);
    const overdue = await w.as.coordinator.gql(ACTION, {
      input: {
        meetingId,
        description: 'Book hallen',
        ownerPersonId: gid('Person', w.people.member.person.id),
        dueOn: '2020-01-31',
      },
    });
    expect(overdue.data?.addActionItem.meeting.actionItems.edges[0].node).toMatchObject({
      description: 'Book hallen',
      overdue: true,
    });
    await w.as.coordinator.gql(ACTION, {
      input: {
        meetingId,
        description: 'Send invitation',
        ownerPersonId: gid('Person', w.contact.id),
        dueOn: `${new Date().getUTCFullYear() + 1}-01-01`,
      },
    });
    const denied = await w.as.member.gql(DECIDE, { input: { meetingId, text: 'Nej' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows minutes to members only once closed; closing locks the record', async () => {
    const open = await w.as.member.gql(RECORD, { id: meetingId });
    expect(open.errors).toBeUndefined();
    expect(open.data?.meeting).toMatchObject({ minutes: null, decisions: null, actionItems: null });
    const closed = await w.as.coordinator.gql(CLOSE, { input: { meetingId } });
    expect(closed.data?.closeMeeting.meeting.status).toBe('CLOSED');
    const after = await w.as.member.gql(RECORD, { id: meetingId });
    expect(after.data?.meeting.minutes.edges.length).toBe(2);
    expect(after.data?.meeting.decisions.totalCount).toBe(1);
    const late = await w.as.coordinator.gql(SAVE, {
      input: { agendaItemId: item(1), text: 'Sent', expectedVersion: 2 },
    });
    expect(late.data?.saveMinutes.__typename).toBe('NotAllowedError');
    const hidden = await w.as.otherCoordinator.gql(RECORD, { id: meetingId });
    expect(hidden.data?.meeting).toBeNull();
  });

  it('carries open action items into the next meeting until done; owners see theirs, overdue marked', async () => {
    const next = await w.createMeeting({
      title: 'April-mødet',
      startsAt: inDays(14, 15),
      endsAt: inDays(14, 17),
    });
    const carried = await w.as.member.gql(RECORD, { id: gid('Meeting', next.id) });
    expect(carried.data?.meeting.carriedActionItems.edges.map((e: any) => e.node)).toEqual([
      { description: 'Book hallen', overdue: true, status: 'OPEN' },
      { description: 'Send invitation', overdue: false, status: 'OPEN' },
    ]);
    const mine = await w.as.member.gql(MINE);
    expect(mine.data?.myActionItems.edges).toEqual([
      { node: { description: 'Book hallen', overdue: true, meeting: { title: 'Marts-mødet' } } },
    ]);
    const itemId = (await app.prisma.actionItem.findFirstOrThrow({ where: { description: 'Book hallen' } }))
      .id;
    const notOwner = await w.as.otherMember.gql(STATUS, {
      input: { actionItemId: gid('ActionItem', itemId), status: 'DONE' },
    });
    expect(notOwner.data?.setActionItemStatus.__typename).toBe('NotAllowedError');
    const outsider = await w.as.otherCoordinator.gql(STATUS, {
      input: { actionItemId: gid('ActionItem', itemId), status: 'DONE' },
    });
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const done = await w.as.member.gql(STATUS, {
      input: { actionItemId: gid('ActionItem', itemId), status: 'DONE' },
    });
    expect(done.data?.setActionItemStatus.actionItem.status).toBe('DONE');
    const afterwards = await w.as.member.gql(RECORD, { id: gid('Meeting', next.id) });
    expect(afterwards.data?.meeting.carriedActionItems.edges.map((e: any) => e.node.description)).toEqual([
      'Send invitation',
    ]);
    expect((await w.as.member.gql(MINE)).data?.myActionItems.totalCount).toBe(0);
    expect((await w.as.ministry.gql(MINE)).data?.myActionItems.totalCount).toBe(0);
  });

  it('refuses to close a meeting that has not begun, and reopens a closed one exactly once', async () => {
    const future = await w.createMeeting({
      title: 'Juni-mødet',
      startsAt: inDays(30, 15),
      endsAt: inDays(30, 17),
    });
    const early = await w.as.coordinator.gql(CLOSE, { input: { meetingId: gid('Meeting', future.id) } });
    expect(early.data?.closeMeeting).toMatchObject({
      __typename: 'NotAllowedError',
      message: 'Et møde kan først lukkes, når det er begyndt. Vil du aflyse det i stedet?',
    });
    expect((await app.prisma.meeting.findUniqueOrThrow({ where: { id: future.id } })).status).toBe('PLANNED');

    const past = await w.createMeeting({
      title: 'Maj-mødet',
      startsAt: inDays(-3, 15),
      endsAt: inDays(-3, 17),
    });
    const id = gid('Meeting', past.id);
    expect(
      (await w.as.coordinator.gql(CLOSE, { input: { meetingId: id } })).data?.closeMeeting.meeting.status,
    ).toBe('CLOSED');
    expect((await w.as.member.gql(REOPEN, { input: { meetingId: id } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    // Two coordinators reopen at once: one succeeds, the other is told it is no longer closed.
    const both = await Promise.all([
      w.as.coordinator.gql(REOPEN, { input: { meetingId: id } }),
      w.as.coordinator.gql(REOPEN, { input: { meetingId: id } }),
    ]);
    expect(both.map((r) => r.data?.reopenMeeting.__typename).sort()).toEqual([
      'NotAllowedError',
      'ReopenMeetingSuccess',
    ]);
    const reopened = await app.prisma.meeting.findUniqueOrThrow({ where: { id: past.id } });
    expect(reopened).toMatchObject({ status: 'PLANNED', closedAt: null });
    const history = await app.prisma.auditEntry.findMany({
      where: { entityId: past.id },
      orderBy: { at: 'asc' },
    });
    expect(history.map((h) => h.action)).toEqual(['meeting.close', 'meeting.reopen']);
  });
});
