import type { InvitationResponse, MeetingStatus } from '@naboskab/db';
import {
  buildActionItem,
  buildAgendaItem,
  buildDecision,
  buildInvitation,
  buildMeeting,
  buildMinutes,
} from '../factories/meeting.ts';
import { buildBooking } from '../factories/resource.ts';
import { uuidv7 } from '../ids.ts';
import type { Rng } from '../random.ts';
import { addDays, copenhagenTime, nextWeekday } from '../time.ts';
import type { BuiltPartnership } from './build-partnership.ts';
import type { BuiltResources } from './build-resources.ts';
import type { SeedContext } from './context.ts';
import { agendaTopics, minutesPhrases } from './texts.ts';

const monthYear = new Intl.DateTimeFormat('da-DK', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function response(rng: Rng, past: boolean): InvitationResponse {
  const r = rng.next();
  if (past) return r < 0.7 ? 'YES' : r < 0.85 ? 'NO' : r < 0.9 ? 'MAYBE' : 'PENDING';
  return r < 0.5 ? 'PENDING' : r < 0.85 ? 'YES' : r < 0.95 ? 'NO' : 'MAYBE';
}

/**
 * Past meetings CLOSED with minutes, decisions and action items (OPEN only from the latest), one
 * CANCELLED, and upcoming ones PLANNED with agenda and invitations. Each non-cancelled meeting
 * has a CONFIRMED booking of the common room.
 */
export function buildMeetings(ctx: SeedContext, p: BuiltPartnership, resources: BuiltResources): void {
  const { rng } = p;
  // Days from now: negative = past. Meetings fall on Wednesdays (the week of the offset).
  const schedule: [number, MeetingStatus][] = p.local
    ? [
        [-220, 'CLOSED'],
        [-178, 'CLOSED'],
        [-136, 'CLOSED'],
        [-94, 'CLOSED'],
        [-52, 'CLOSED'],
        [-31, 'CANCELLED'],
        [-10, 'CLOSED'],
        [9, 'PLANNED'],
        [51, 'PLANNED'],
      ]
    : [
        [-62, 'CLOSED'],
        [-20, 'CLOSED'],
        [16, 'PLANNED'],
      ];
  const lastClosed = Math.max(...schedule.filter(([, s]) => s === 'CLOSED').map(([d]) => d));
  const invitees = [...new Map(p.members.map((m) => [m.contactPersonId, m.organisationId])).entries()];
  const coordinatorPersons = new Set(p.coordinators.map((c) => c.personId));
  const owners = [...coordinatorPersons, ...invitees.slice(0, 8).map(([personId]) => personId)];
  const meetingWord = p.local ? 'Partnerskabsmøde' : 'Bestyrelsesmøde i helhedsplanen';

  schedule.forEach(([offset, status], index) => {
    const date = nextWeekday(addDays(ctx.now, offset - 3), 3);
    if (date < p.startsOn) return;
    const past = date < ctx.now;
    const startsAt = copenhagenTime(date, 16, 30);
    const endsAt = copenhagenTime(date, 18, 30);
    const booking = buildBooking({
      resourceId: resources.room.id,
      partnershipId: p.id,
      requestedById: p.coordinators[0]?.userId as string,
      purpose: `${meetingWord} i partnerskabet`,
      startsAt,
      endsAt,
      status: status === 'CANCELLED' ? 'CANCELLED' : 'CONFIRMED',
      decidedById: p.coordinators[0]?.userId ?? null,
      decidedAt: addDays(startsAt, -20),
      createdAt: addDays(startsAt, -21),
    });
    resources.bookings.unshift(booking);
    const meeting = buildMeeting({
      partnershipId: p.id,
      title: `${meetingWord} – ${monthYear.format(date)}`,
      startsAt,
      endsAt,
      address: resources.room.address,
      bookingId: booking.id,
      status,
      sequence: status === 'CANCELLED' ? 1 : 0,
      closedAt: status === 'CLOSED' ? addDays(endsAt, 1) : null,
      createdAt: addDays(startsAt, -21),
    });
    ctx.rows.meeting.push(meeting);

    const topics = rng.sample(agendaTopics, 2);
    const agenda = [
      { title: 'Velkomst og godkendelse af dagsorden', description: '', durationMinutes: 10 },
      ...(index > 0
        ? [
            {
              title: 'Opfølgning på aktionspunkter fra sidste møde',
              description: 'Gennemgang af åbne aktionspunkter.',
              durationMinutes: 15,
            },
          ]
        : []),
      ...topics.map((t) => ({ title: t.title, description: t.description, durationMinutes: 30 })),
      { title: 'Eventuelt', description: '', durationMinutes: 10 },
    ].map((item, i) =>
      buildAgendaItem({
        ...item,
        meetingId: meeting.id,
        position: i + 1,
        ownerPersonId: i < 2 ? (p.coordinators[0]?.personId ?? null) : rng.pick(owners),
      }),
    );
    ctx.rows.agendaItem.push(...agenda);

    for (const [personId, organisationId] of invitees) {
      const answer = coordinatorPersons.has(personId) ? 'YES' : response(rng, past);
      ctx.rows.meetingInvitation.push(
        buildInvitation({
          meetingId: meeting.id,
          personId,
          organisationId,
          response: answer,
          respondedAt: answer === 'PENDING' ? null : addDays(startsAt, -rng.int(1, 14)),
        }),
      );
      const attended =
        status === 'CLOSED' && (answer === 'YES' ? rng.chance(0.9) : answer === 'MAYBE' && rng.chance(0.5));
      if (attended)
        ctx.rows.attendance.push({
          id: uuidv7(),
          meetingId: meeting.id,
          personId,
          onBehalfOfOrganisationId: organisationId,
        });
    }
    if (status !== 'CLOSED') return;

    const editor = p.coordinators[0]?.userId ?? null;
    for (const item of agenda) {
      ctx.rows.minutes.push(
        buildMinutes({
          meetingId: meeting.id,
          agendaItemId: item.id,
          text: rng.pick(minutesPhrases),
          version: rng.int(1, 3),
          updatedById: editor,
        }),
      );
    }
    topics.forEach((topic, t) => {
      const item = agenda.find((a) => a.title === topic.title);
      ctx.rows.decision.push(
        buildDecision({
          meetingId: meeting.id,
          agendaItemId: item?.id ?? null,
          text: topic.decision,
          createdAt: endsAt,
        }),
      );
      for (const description of topic.actions) {
        const dueOn = addDays(date, rng.int(14, 35));
        const latest = offset === lastClosed;
        const dropped = !latest && rng.chance(0.12);
        ctx.rows.actionItem.push(
          buildActionItem({
            meetingId: meeting.id,
            agendaItemId: item?.id ?? null,
            description,
            ownerPersonId: t === 0 ? (p.coordinators[0]?.personId as string) : rng.pick(owners),
            dueOn,
            status: latest ? 'OPEN' : dropped ? 'DROPPED' : 'DONE',
            completedAt: latest || dropped ? null : addDays(dueOn, -rng.int(1, 7)),
            createdAt: endsAt,
          }),
        );
      }
    });
    ctx.rows.auditEntry.push({
      id: uuidv7(),
      at: addDays(endsAt, 1),
      actorUserId: editor,
      action: 'close',
      entityType: 'Meeting',
      entityId: meeting.id,
      partnershipId: p.id,
      changes: { status: ['PLANNED', 'CLOSED'] },
    });
  });
}
