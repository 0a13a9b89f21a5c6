import type { Prisma, PrismaClient } from '@naboskab/db';
import { meetingPlaceText } from '../domain/place-text.ts';
import { inviteeUsersWhere } from './events/meeting.ts';

// What the reminder sweep (reminder-sweep.ts) reminds of, and whom: one source per kind of item.

export interface Reminder {
  id: string;
  /** The item's iCalendar SEQUENCE: bumped when it moves, so a new time is a new reminder. */
  sequence: number;
  data: { activity: string; startsAt: Date; place: string | null };
}

export interface ReminderSource {
  objectType: 'Meeting' | 'Shift';
  kind: 'meeting.reminder' | 'shift.reminder';
  /** The items starting within `window` whose partnership's reminder time is at or before `minutes`. */
  due(prisma: PrismaClient, window: { gte: Date; lt: Date }, minutes: number): Promise<Reminder[]>;
  /** Still planned at the same time, read under a share lock held until the transaction ends. */
  stillDue(tx: Prisma.TransactionClient, reminder: Reminder): Promise<boolean>;
  recipients(tx: Prisma.TransactionClient, id: string): Promise<string[]>;
}

const dueBy = (minutes: number) => ({ reminderMinutes: { lte: minutes } });

const meetings: ReminderSource = {
  objectType: 'Meeting',
  kind: 'meeting.reminder',
  async due(prisma, window, minutes) {
    const found = await prisma.meeting.findMany({
      where: { status: 'PLANNED', startsAt: window, partnership: dueBy(minutes) },
      select: {
        id: true,
        sequence: true,
        title: true,
        startsAt: true,
        address: true,
        onlineUrl: true,
        booking: { select: { resource: { select: { title: true, address: true } } } },
      },
    });
    return found.map((m) => ({
      id: m.id,
      sequence: m.sequence,
      data: { activity: m.title, startsAt: m.startsAt, place: meetingPlaceText(m) },
    }));
  },
  async stillDue(tx, { id, sequence }) {
    const rows = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM "Meeting" WHERE id = ${id}::uuid AND sequence = ${sequence} AND status = 'PLANNED'
      FOR SHARE`;
    return rows.length === 1;
  },
  // The invitees, except those who sent "afbud" (answered no): they know, and said so.
  async recipients(tx, meetingId) {
    const { partnershipId, invitations } = await tx.meeting.findUniqueOrThrow({
      where: { id: meetingId },
      select: {
        partnershipId: true,
        invitations: { select: { personId: true, organisationId: true, response: true } },
      },
    });
    const declined = invitations.flatMap((i) => (i.response === 'NO' && i.personId ? [i.personId] : []));
    const users = await tx.user.findMany({
      where: {
        AND: [
          inviteeUsersWhere(
            partnershipId,
            invitations.filter((i) => i.response !== 'NO'),
          ),
          { personId: { notIn: declined } },
        ],
      },
      select: { id: true },
    });
    return users.map((u) => u.id);
  },
};

const shifts: ReminderSource = {
  objectType: 'Shift',
  kind: 'shift.reminder',
  async due(prisma, window, minutes) {
    const found = await prisma.shift.findMany({
      where: {
        cancelledAt: null,
        startsAt: window,
        opportunity: { activity: { partnership: dueBy(minutes) } },
      },
      select: {
        id: true,
        sequence: true,
        startsAt: true,
        opportunity: { select: { title: true, activity: { select: { address: true } } } },
      },
    });
    return found.map((s) => ({
      id: s.id,
      sequence: s.sequence,
      data: { activity: s.opportunity.title, startsAt: s.startsAt, place: s.opportunity.activity.address },
    }));
  },
  async stillDue(tx, { id, sequence }) {
    const rows = await tx.$queryRaw<unknown[]>`
      SELECT 1 FROM "Shift" WHERE id = ${id}::uuid AND sequence = ${sequence} AND "cancelledAt" IS NULL
      FOR SHARE`;
    return rows.length === 1;
  },
  // The volunteers approved for the shift's opportunity (sign-ups are per opportunity).
  async recipients(tx, shiftId) {
    const { opportunityId } = await tx.shift.findUniqueOrThrow({
      where: { id: shiftId },
      select: { opportunityId: true },
    });
    const users = await tx.user.findMany({
      where: { person: { signUps: { some: { opportunityId, status: 'APPROVED' } } } },
      select: { id: true },
    });
    return users.map((u) => u.id);
  },
};

export const reminderSources = [meetings, shifts];
