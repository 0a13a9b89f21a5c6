import { z } from 'zod';
import { dateWithin } from '../date-bounds.ts';
import type { FieldIssue } from '../errors.ts';

/** A shift's time: ends after it starts, at most two years ahead. */
export const shiftPeriod = z
  .object({ startsAt: dateWithin('shift'), endsAt: z.date() })
  .refine((s) => s.endsAt > s.startsAt, { path: ['endsAt'], error: 'volunteer.period' });

/**
 * Shifts before the activity starts or after its last day (Danish dates), as field issues at
 * `pathOf(i)`'s startsAt.
 */
export function shiftsOutside(
  shifts: readonly { startsAt: Date; endsAt: Date }[],
  activity: { startsOn: Date | null; endsOn: Date | null },
  pathOf: (i: number) => string[],
): FieldIssue[] {
  const day = (instant: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(instant);
  const iso = (date: Date | null) => date?.toISOString().slice(0, 10);
  const [from, to] = [iso(activity.startsOn), iso(activity.endsOn)];
  return shifts.flatMap((shift, i) =>
    (from && day(shift.startsAt) < from) || (to && day(shift.endsAt) > to)
      ? [{ path: [...pathOf(i), 'startsAt'], message: 'volunteer.shiftAfterActivity' }]
      : [],
  );
}
