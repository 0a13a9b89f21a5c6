// Dates and numbers always go through Intl with the full regional locale of the UI language.
import type { Locale } from './messages';

export const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

// Denmark's wall clock, so server and browser render the same date for the same instant.
const timeZone = 'Europe/Copenhagen';

export function formatDate(
  locale: Locale,
  value: Date | string,
  options?: Intl.DateTimeFormatOptions,
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'long', timeZone, ...options }).format(
    date,
  );
}

export function formatDateTime(locale: Locale, value: Date | string): string {
  return formatDate(locale, value, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A meeting's time: one date when it starts and ends the same day ("25. nov. 2026 16.30–18.30"). */
export function formatDateTimeRange(locale: Locale, start: Date | string, end: Date | string): string {
  const [from, to] = [new Date(start), new Date(end)];
  const day = (date: Date) => formatDate(locale, date, { dateStyle: 'short' });
  if (day(from) === day(to) && from <= to)
    return new Intl.DateTimeFormat(intlLocale[locale], {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).formatRange(from, to);
  return `${formatDateTime(locale, from)} – ${formatDateTime(locale, to)}`;
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale[locale], options).format(value);
}

export function formatKroner(locale: Locale, value: number): string {
  return formatNumber(locale, value, { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });
}

/** A clock time from minutes after midnight (opening hours): "16.00" in Danish, "16:00" in English. */
export function formatClock(locale: Locale, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  return `${hh}${locale === 'da' ? '.' : ':'}${String(minutes % 60).padStart(2, '0')}`;
}

/** Opening hours as a range, "09.00–17.00". */
export function formatClockRange(locale: Locale, from: number, to: number): string {
  return `${formatClock(locale, from)}–${formatClock(locale, to)}`;
}
