import { ConflictError, NotAllowedError } from '../../errors.ts';
import { type Locale, t } from '../../i18n.ts';
import type { AvailabilityResult } from '../resource/check-availability.ts';
import { formatMinutes, TIME_ZONE } from '../resource/copenhagen-time.ts';

const intl = { da: 'da-DK', en: 'en-GB' } as const;

/** The slot overlaps a confirmed booking; the message names that booking's time (nothing personal). */
export class BookingClashError extends ConflictError {
  constructor(
    readonly clashStartsAt: Date,
    readonly clashEndsAt: Date,
  ) {
    super('booking.clash');
  }
  override localised(locale: Locale): string {
    const day = new Intl.DateTimeFormat(intl[locale], { dateStyle: 'full', timeZone: TIME_ZONE });
    const time = new Intl.DateTimeFormat(intl[locale], { timeStyle: 'short', timeZone: TIME_ZONE });
    const sameDay = day.format(this.clashStartsAt) === day.format(this.clashEndsAt);
    const when = sameDay
      ? `${day.format(this.clashStartsAt)} ${time.format(this.clashStartsAt)}–${time.format(this.clashEndsAt)}`
      : `${day.format(this.clashStartsAt)} ${time.format(this.clashStartsAt)} – ${day.format(this.clashEndsAt)} ${time.format(this.clashEndsAt)}`;
    return t(locale, 'booking.clash', { when });
  }
}

/** The slot is not inside the resource's opening hours; the message gives the hours of that day. */
export class BookingOutsideHoursError extends NotAllowedError {
  constructor(readonly result: Extract<AvailabilityResult, { ok: false }>) {
    super(result.windows.length ? 'booking.outsideHours' : 'booking.closed');
  }
  override localised(locale: Locale): string {
    const date = new Intl.DateTimeFormat(intl[locale], {
      dateStyle: 'full',
      timeZone: 'UTC',
    }).format(new Date(`${this.result.date}T00:00:00Z`));
    const hours = this.result.windows.map(([a, b]) => `${formatMinutes(a)}–${formatMinutes(b)}`).join(', ');
    const note = this.result.note ? ` (${this.result.note})` : '';
    return t(locale, this.key, { date, hours, note });
  }
}
