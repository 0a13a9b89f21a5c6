import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionItemSweep, sweepActionItems } from '../src/notifications/action-item-sweep.ts';
import { scheduleSweep } from '../src/notifications/sweep.ts';
import { meetingWorld } from './meeting-support.ts';
import { startTestApi } from './support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof meetingWorld>>;
beforeAll(async () => {
  app = await startTestApi();
  w = await meetingWorld(app);
});
afterAll(() => app.close());

// 10:00 in Copenhagen on 10 March 2031: tomorrow is the 11th, the 9th is overdue.
const now = new Date('2031-03-10T09:00:00Z');
const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('action items due tomorrow and overdue', () => {
  it('tells the owner once per item, by the meeting’s name, and leaves done and later items alone', async () => {
    const meeting = await w.createMeeting({ title: 'Opgavemøde' });
    const item = (dueOn: string, status: 'OPEN' | 'DONE' = 'OPEN') =>
      app.prisma.actionItem.create({
        data: {
          meetingId: meeting.id,
          description: 'Ring til fru Jensen',
          ownerPersonId: w.people.member.person.id,
          dueOn: day(dueOn),
          status,
        },
      });
    const tomorrow = await item('2031-03-11');
    const overdue = await item('2031-03-09');
    await item('2031-03-20');
    await item('2031-03-01', 'DONE');
    expect(await sweepActionItems(app.prisma, now)).toBe(2);
    expect(await sweepActionItems(app.prisma, now)).toBe(0);
    const told = await app.prisma.notification.findMany({
      where: { userId: w.people.member.user.id, kind: { startsWith: 'actionItem.' } },
      select: { kind: true, objectId: true, data: true },
      orderBy: { kind: 'asc' },
    });
    expect(told).toEqual([
      {
        kind: 'actionItem.dueTomorrow',
        objectId: tomorrow.id,
        data: { activity: 'Opgavemøde', startsAt: null, place: null },
      },
      {
        kind: 'actionItem.overdue',
        objectId: overdue.id,
        data: { activity: 'Opgavemøde', startsAt: null, place: null },
      },
    ]);
    // The day after, the item due "tomorrow" is due today: not overdue yet, and not told again.
    expect(await sweepActionItems(app.prisma, new Date('2031-03-11T09:00:00Z'))).toBe(0);
  });

  it('keeps one queued sweep per morning however often it is scheduled', async () => {
    for (let i = 0; i < 3; i++)
      await app.prisma.$transaction((tx) => scheduleSweep(tx, actionItemSweep, now));
    const rows = await app.prisma.$queryRaw<{ count: bigint; start: Date }[]>`
      SELECT count(*) AS count, min(start_after) AS start FROM pgboss.job WHERE name = 'notification.action-items'`;
    expect(Number(rows[0]?.count)).toBe(1);
    expect(rows[0]?.start.toISOString()).toBe('2031-03-11T06:00:00.000Z');
  });
});
