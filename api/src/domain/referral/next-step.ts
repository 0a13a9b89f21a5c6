import type { Referral } from '@naboskab/db';
import { CONTACT_TARGET_DAYS, DAY_MS, FOLLOW_UP_DAYS } from './states.ts';

export type NextStep =
  | 'CONTACT'
  | 'FIRST_CONVERSATION'
  | 'CONNECT'
  | 'CONFIRM_ATTENDANCE'
  | 'FOLLOW_UP'
  | 'WAIT_FOR_FOLLOW_UP'
  | 'CLOSE'
  | 'RESUME'
  | 'NONE';

type Dates = Pick<Referral, 'state' | 'referredAt' | 'firstAttendanceAt'>;

/** The guide's next step, when it is due, and whether it is overdue (contact in 14 days, follow-up at 3 months). */
export function nextStepOf(
  r: Dates,
  now = new Date(),
): { step: NextStep; dueOn: Date | null; overdue: boolean } {
  const due = (from: Date, days: number) => new Date(from.getTime() + days * DAY_MS);
  switch (r.state) {
    case 'REQUESTED': {
      const dueOn = due(r.referredAt, CONTACT_TARGET_DAYS);
      return { step: 'CONTACT', dueOn, overdue: dueOn < now };
    }
    case 'ACCEPTED':
      return { step: 'FIRST_CONVERSATION', dueOn: null, overdue: false };
    case 'IN_PROGRESS':
      return { step: 'CONNECT', dueOn: null, overdue: false };
    case 'CONNECTED':
      return { step: 'CONFIRM_ATTENDANCE', dueOn: null, overdue: false };
    case 'ATTENDING': {
      const dueOn = due(r.firstAttendanceAt ?? r.referredAt, FOLLOW_UP_DAYS);
      return {
        step: dueOn <= now ? 'FOLLOW_UP' : 'WAIT_FOR_FOLLOW_UP',
        dueOn,
        overdue: dueOn < due(now, -14),
      };
    }
    case 'FOLLOW_UP':
      return { step: 'CLOSE', dueOn: null, overdue: false };
    case 'ON_HOLD':
      return { step: 'RESUME', dueOn: null, overdue: false };
    default:
      return { step: 'NONE', dueOn: null, overdue: false };
  }
}
