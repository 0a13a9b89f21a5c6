import type { CalendarSource } from '../source.ts';
import { bookingSource } from './bookings.ts';
import { meetingSource } from './meetings.ts';
import { shiftSource } from './shifts.ts';

// Every source of the calendar feeds; one line per capability.
export const calendarSources: CalendarSource[] = [meetingSource, bookingSource, shiftSource];
