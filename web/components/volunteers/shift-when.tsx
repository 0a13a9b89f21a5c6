import { formatDate, formatDateTime } from '../../lib/i18n/format';
import type { Locale, Translate } from '../../lib/i18n/messages';

export type ShiftRow = { id: string; startsAt: string; endsAt: string; cancelled: boolean };

/** "5. maj 2026 16.00 – 18.00": a shift's day and hours, in Danish (or English) time. */
export function shiftWhenText(locale: Locale, shift: Pick<ShiftRow, 'startsAt' | 'endsAt'>) {
  const until = formatDate(locale, shift.endsAt, { timeStyle: 'short', dateStyle: undefined });
  return `${formatDateTime(locale, shift.startsAt)} – ${until}`;
}

/** A shift's time, marked "Aflyst" when cancelled (it stays listed so no one misses the change). */
export function ShiftWhen({ shift, locale, t }: { shift: ShiftRow; locale: Locale; t: Translate }) {
  const when = shiftWhenText(locale, shift);
  return shift.cancelled ? (
    <>
      <s>{when}</s>{' '}
      <span className="status-badge status-badge--cancelled">{t('volunteers.shifts.cancelled')}</span>
    </>
  ) : (
    when
  );
}
