import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gid, inDays, meetingWorld, RESULT_FIELDS } from './meeting-support.ts';
import { startTestApi } from './support.ts';

const m = (name: string, input: string, success: string, selection: string) => /* GraphQL */ `
  mutation Run($input: ${input}!) {
    ${name}(input: $input) { ${RESULT_FIELDS} ... on ${success} { ${selection} } }
  }
`;
const UPDATE_ITEM = m(
  'updateAgendaItem',
  'UpdateAgendaItemInput',
  'UpdateAgendaItemSuccess',
  'agendaItem { id title description durationMinutes position owner { name } }',
);
const REMOVE_ATTENDANCE = m(
  'removeAttendance',
  'AttendanceIdInput',
  'RemoveAttendanceSuccess',
  'meeting { attendances(first: 100) { totalCount edges { node { person { name } } } } }',
);
const REMOVE_DECISION = m(
  'removeDecision',
  'DecisionIdInput',
  'RemoveDecisionSuccess',
  'meeting { decisions(first: 100) { totalCount edges { node { text } } } }',
);
const MISSING = '00000000-0000-7000-8000-000000000000';
const FORBIDDEN = 'FORBIDDEN';

describe('meeting record edits: updateAgendaItem, removeAttendance, removeDecision', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof meetingWorld>>;
  let meeting: Awaited<ReturnType<typeof w.createMeeting>>;
  let itemId: string;
  const audits = () => app.prisma.auditEntry.count();

  beforeAll(async () => {
    app = await startTestApi();
    w = await meetingWorld(app);
    meeting = await w.createMeeting({ title: 'Maj-mødet', startsAt: inDays(7, 15), endsAt: inDays(7, 17) });
    itemId = gid('AgendaItem', meeting.agendaItems[1]?.id ?? '');
  });
  afterAll(() => app.close());

  const storedItem = () =>
    app.prisma.agendaItem.findUniqueOrThrow({ where: { id: meeting.agendaItems[1]?.id } });

  describe('updateAgendaItem', () => {
    it('changes title, description, owner and time box, keeps the position and audits', async () => {
      const before = await audits();
      const result = await w.as.coordinator.gql(UPDATE_ITEM, {
        input: {
          agendaItemId: itemId,
          title: '  Status og budget ',
          description: 'Gennemgang af regnskabet',
          durationMinutes: 25,
          ownerPersonId: gid('Person', w.contact.id),
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data?.updateAgendaItem).toMatchObject({
        __typename: 'UpdateAgendaItemSuccess',
        agendaItem: {
          id: itemId,
          title: 'Status og budget',
          description: 'Gennemgang af regnskabet',
          durationMinutes: 25,
          position: 2,
          owner: { name: 'Kontakt Person' },
        },
      });
      expect(await storedItem()).toMatchObject({
        title: 'Status og budget',
        description: 'Gennemgang af regnskabet',
        durationMinutes: 25,
        ownerPersonId: w.contact.id,
        position: 2,
      });
      expect(await audits()).toBe(before + 1);
      const entry = await app.prisma.auditEntry.findFirstOrThrow({
        where: { action: 'agendaItem.update', entityId: meeting.agendaItems[1]?.id },
      });
      expect(entry.partnershipId).toBe(w.partnership.id);
    });

    it('clears description, owner and time box when they are left out', async () => {
      const result = await w.as.coordinator.gql(UPDATE_ITEM, {
        input: { agendaItemId: itemId, title: 'Status og budget' },
      });
      expect(result.data?.updateAgendaItem.agendaItem).toMatchObject({
        description: '',
        durationMinutes: null,
        owner: null,
      });
      await w.as.coordinator.gql(UPDATE_ITEM, {
        input: {
          agendaItemId: itemId,
          title: 'Status og budget',
          description: 'Gennemgang af regnskabet',
          durationMinutes: 25,
          ownerPersonId: gid('Person', w.contact.id),
        },
      });
    });

    it('refuses an empty title and an invalid time box per field, in Danish and English; nothing written', async () => {
      const [stored, before] = [await storedItem(), await audits()];
      const da = await w.as.coordinator.gql(UPDATE_ITEM, {
        input: { agendaItemId: itemId, title: '   ', durationMinutes: 25 },
      });
      expect(da.data?.updateAgendaItem).toEqual({
        __typename: 'ValidationError',
        message: expect.any(String),
        issues: [{ path: ['input', 'title'], message: 'Feltet skal udfyldes.' }],
      });
      const en = await w.as.coordinator.gql(
        UPDATE_ITEM,
        { input: { agendaItemId: itemId, title: '', durationMinutes: 0 } },
        { 'accept-language': 'en' },
      );
      expect(en.data?.updateAgendaItem.issues).toEqual([
        { path: ['input', 'title'], message: 'This field is required.' },
        { path: ['input', 'durationMinutes'], message: 'Must be at least 1.' },
      ]);
      const outsider = await w.as.coordinator.gql(
        UPDATE_ITEM,
        { input: { agendaItemId: itemId, title: 'X', ownerPersonId: gid('Person', w.outsiderPerson.id) } },
        { 'accept-language': 'en' },
      );
      expect(outsider.data?.updateAgendaItem.issues).toEqual([
        { path: ['input', 'ownerPersonId'], message: 'The person is not a member of the partnership.' },
      ]);
      const outsiderDa = await w.as.coordinator.gql(UPDATE_ITEM, {
        input: { agendaItemId: itemId, title: 'X', ownerPersonId: gid('Person', w.outsiderPerson.id) },
      });
      expect(outsiderDa.data?.updateAgendaItem.issues).toEqual([
        { path: ['input', 'ownerPersonId'], message: 'Personen er ikke medlem af partnerskabet.' },
      ]);
      expect(await storedItem()).toEqual(stored);
      expect(await audits()).toBe(before);
    });

    it('refuses an unknown item (scopes fail closed)', async () => {
      const before = await audits();
      const missing = await w.as.coordinator.gql(UPDATE_ITEM, {
        input: { agendaItemId: gid('AgendaItem', MISSING), title: 'X' },
      });
      expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await audits()).toBe(before);
    });

    it('denies a coordinator of another partnership, a member who is not a coordinator and the ministry', async () => {
      const [stored, before] = [await storedItem(), await audits()];
      for (const client of [w.as.otherCoordinator, w.as.member, w.as.ministry, w.as.volunteer]) {
        const result = await client.gql(UPDATE_ITEM, { input: { agendaItemId: itemId, title: 'Kapret' } });
        expect(result.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);
        expect(result.data?.updateAgendaItem ?? null).toBeNull();
      }
      expect(await storedItem()).toEqual(stored);
      expect(await audits()).toBe(before);
    });
  });

  describe('removeAttendance', () => {
    let attendanceId: string;
    beforeAll(async () => {
      const [a] = await Promise.all([
        app.prisma.attendance.create({
          data: { meetingId: meeting.id, personId: w.people.member.person.id },
        }),
        app.prisma.attendance.create({ data: { meetingId: meeting.id, personId: w.contact.id } }),
      ]);
      attendanceId = gid('Attendance', a.id);
    });
    const count = () => app.prisma.attendance.count({ where: { meetingId: meeting.id } });

    it('refuses an id of the wrong kind, in Danish and English; nothing written', async () => {
      const before = await audits();
      const wrong = gid('Decision', MISSING);
      const da = await w.as.coordinator.gql(REMOVE_ATTENDANCE, { input: { attendanceId: wrong } });
      expect(da.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [{ path: ['input', 'attendanceId'], message: "Id'et er ikke gyldigt." }],
      });
      const en = await w.as.coordinator.gql(
        REMOVE_ATTENDANCE,
        { input: { attendanceId: wrong } },
        { 'accept-language': 'en' },
      );
      expect(en.errors?.[0]?.extensions).toMatchObject({
        issues: [{ path: ['input', 'attendanceId'], message: 'The id is not valid.' }],
      });
      expect(await count()).toBe(2);
      expect(await audits()).toBe(before);
    });

    it('refuses an unknown attendance (scopes fail closed)', async () => {
      const missing = await w.as.coordinator.gql(REMOVE_ATTENDANCE, {
        input: { attendanceId: gid('Attendance', MISSING) },
      });
      expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count()).toBe(2);
    });

    it('denies a coordinator of another partnership, a member who is not a coordinator and the ministry', async () => {
      const before = await audits();
      for (const client of [w.as.otherCoordinator, w.as.member, w.as.ministry, w.as.volunteer]) {
        const result = await client.gql(REMOVE_ATTENDANCE, { input: { attendanceId } });
        expect(result.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);
      }
      expect(await count()).toBe(2);
      expect(await audits()).toBe(before);
    });

    it('removes the person from the attendance list and audits', async () => {
      const before = await audits();
      const result = await w.as.coordinator.gql(REMOVE_ATTENDANCE, { input: { attendanceId } });
      expect(result.data?.removeAttendance.meeting.attendances).toEqual({
        totalCount: 1,
        edges: [{ node: { person: { name: 'Kontakt Person' } } }],
      });
      expect(await count()).toBe(1);
      expect(await audits()).toBe(before + 1);
      const again = await w.as.coordinator.gql(REMOVE_ATTENDANCE, { input: { attendanceId } });
      expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  describe('removeDecision', () => {
    let decisionId: string;
    beforeAll(async () => {
      const d = await app.prisma.decision.create({
        data: { meetingId: meeting.id, text: 'Vi holder sommerfest' },
      });
      await app.prisma.decision.create({ data: { meetingId: meeting.id, text: 'Vi søger fonde' } });
      decisionId = gid('Decision', d.id);
    });
    const count = () => app.prisma.decision.count({ where: { meetingId: meeting.id } });

    it('refuses an id of the wrong kind, in Danish and English; nothing written', async () => {
      const before = await audits();
      const wrong = gid('Attendance', MISSING);
      const da = await w.as.coordinator.gql(REMOVE_DECISION, { input: { decisionId: wrong } });
      expect(da.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: [{ path: ['input', 'decisionId'], message: "Id'et er ikke gyldigt." }],
      });
      const en = await w.as.coordinator.gql(
        REMOVE_DECISION,
        { input: { decisionId: wrong } },
        { 'accept-language': 'en' },
      );
      expect(en.errors?.[0]?.extensions).toMatchObject({
        issues: [{ path: ['input', 'decisionId'], message: 'The id is not valid.' }],
      });
      expect(await count()).toBe(2);
      expect(await audits()).toBe(before);
    });

    it('refuses an unknown decision (scopes fail closed)', async () => {
      const missing = await w.as.coordinator.gql(REMOVE_DECISION, {
        input: { decisionId: gid('Decision', MISSING) },
      });
      expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await count()).toBe(2);
    });

    it('denies a coordinator of another partnership, a member who is not a coordinator and the ministry', async () => {
      const before = await audits();
      for (const client of [w.as.otherCoordinator, w.as.member, w.as.ministry, w.as.volunteer]) {
        const result = await client.gql(REMOVE_DECISION, { input: { decisionId } });
        expect(result.errors?.[0]?.extensions?.code).toBe(FORBIDDEN);
      }
      expect(await count()).toBe(2);
      expect(await audits()).toBe(before);
    });

    it('removes the decision and audits', async () => {
      const before = await audits();
      const result = await w.as.coordinator.gql(REMOVE_DECISION, { input: { decisionId } });
      expect(result.data?.removeDecision.meeting.decisions).toEqual({
        totalCount: 1,
        edges: [{ node: { text: 'Vi søger fonde' } }],
      });
      expect(await count()).toBe(1);
      expect(await audits()).toBe(before + 1);
    });
  });
});
