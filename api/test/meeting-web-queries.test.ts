import { type DocumentNode, Kind, print, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../web/gql/graphql.ts';
import { gid, inDays, meetingWorld } from './meeting-support.ts';
import { startTestApi } from './support.ts';

// The web's meeting pages send these exact documents. Each must pass the API's limits (GraphQL
// Armor's cost limit once rejected a single all-in-one meeting query) and answer without errors.
const meetingQueries = [
  'MeetingPageDocument',
  'MeetingOptionsDocument',
  'MeetingInvitationsDocument',
  'MeetingAttendancesDocument',
  'MeetingMinutesDocument',
  'MeetingDecisionsDocument',
  'MeetingActionItemsDocument',
  'MeetingCarriedDocument',
  'PrintableMinutesDocument',
  'PrintableRecordDocument',
] as const;

/** As Apollo Client sends it: `__typename` added to every selection set (it counts in the cost). */
function asSent(document: DocumentNode): string {
  return print(
    visit(document, {
      SelectionSet(node, _key, parent) {
        if ((parent as { kind?: string })?.kind === Kind.OPERATION_DEFINITION) return undefined;
        if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
          return undefined;
        return {
          ...node,
          selections: [
            ...node.selections,
            { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } },
          ],
        };
      },
    }),
  );
}

const documents = { ...generated };

describe("the web's meeting queries", () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof meetingWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await meetingWorld(app);
  });
  afterAll(() => app.close());

  it('are measured as Apollo sends them', () => {
    expect(asSent(documents.MeetingCarriedDocument)).toMatch(/edges \{\s+node \{[^}]*__typename/);
  });

  it('answer a coordinator without errors', async () => {
    const earlier = await w.createMeeting({ startsAt: inDays(-7), endsAt: inDays(-7, 17), status: 'CLOSED' });
    await app.prisma.actionItem.create({
      data: { meetingId: earlier.id, description: 'Tidligere opgave', ownerPersonId: w.contact.id },
    });
    const meeting = await w.createMeeting({
      startsAt: inDays(3),
      endsAt: inDays(3, 17),
      invitations: [{ personId: w.contact.id }, { organisationId: w.memberOrg.id }],
    });
    const item = meeting.agendaItems[0]?.id ?? '';
    await app.prisma.attendance.create({
      data: { meetingId: meeting.id, personId: w.contact.id, onBehalfOfOrganisationId: w.memberOrg.id },
    });
    await app.prisma.minutes.create({ data: { meetingId: meeting.id, agendaItemId: item, text: 'Referat' } });
    await app.prisma.decision.create({
      data: { meetingId: meeting.id, agendaItemId: item, text: 'Beslutning' },
    });
    await app.prisma.actionItem.create({
      data: { meetingId: meeting.id, description: 'Opgave', ownerPersonId: w.people.coordinator.person.id },
    });
    for (const name of meetingQueries) {
      const result = await w.as.coordinator.gql(asSent(documents[name]), { id: gid('Meeting', meeting.id) });
      expect({ name, errors: result.errors }).toEqual({ name, errors: undefined });
      expect(result.data?.meeting?.id).toBe(gid('Meeting', meeting.id));
      const text = JSON.stringify(result.data);
      if (name === 'MeetingAttendancesDocument') expect(text).toContain(w.contact.name);
      if (name === 'MeetingCarriedDocument') expect(text).toContain('Tidligere opgave');
      if (name === 'PrintableRecordDocument') expect(text).toContain('Beslutning');
    }
    for (const [name, variables] of [
      ['MeetingListDocument', { slug: w.partnership.slug }],
      ['MyTasksDocument', { status: 'OPEN' }],
      ['MyCalendarFeedsDocument', {}],
    ] as const) {
      const result = await w.as.coordinator.gql(asSent(documents[name]), variables);
      expect({ name, errors: result.errors }).toEqual({ name, errors: undefined });
    }
  });
});
