'use client';

import { type KeyboardEvent, useMemo } from 'react';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatClockRange, formatDate } from '../../lib/i18n/format';
import { ResourceWeekQuery } from './documents';
import { addDays, copenhagenInstant, copenhagenParts, isoWeek } from './resource-ids';

type Props = { resourceId: string; monday: string; onWeekChange: (monday: string) => void };

// A week (Monday-Sunday, Copenhagen time) of requested and confirmed bookings. The buttons and
// the arrow keys (when the calendar has focus) move between weeks.
export function WeekCalendar({ resourceId, monday, onWeekChange }: Props) {
  const t = useT();
  const locale = useLocale();
  const days = useMemo(() => Array.from({ length: 7 }, (_, i) => addDays(monday, i)), [monday]);
  const { data, loading, error } = useAppQuery(ResourceWeekQuery, {
    variables: {
      id: resourceId,
      from: copenhagenInstant(monday, '00:00').toISOString(),
      to: copenhagenInstant(addDays(monday, 7), '00:00').toISOString(),
    },
  });
  const bookings = data?.resource?.bookings.edges.map((e) => e.node) ?? [];
  const hours = data?.resource?.openingHours ?? [];
  const today = copenhagenParts(new Date()).date;
  const dayLabel = (date: string) =>
    formatDate(locale, `${date}T12:00:00Z`, {
      dateStyle: undefined,
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
  const time = (iso: string) => formatDate(locale, iso, { dateStyle: undefined, timeStyle: 'short' });

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'ArrowLeft') onWeekChange(addDays(monday, -7));
    else if (event.key === 'ArrowRight') onWeekChange(addDays(monday, 7));
    else return;
    event.preventDefault();
  }

  const title = t('res.cal.week', {
    week: isoWeek(monday),
    from: formatDate(locale, `${monday}T12:00:00Z`, { dateStyle: 'medium' }),
    to: formatDate(locale, `${days[6]}T12:00:00Z`, { dateStyle: 'medium' }),
  });
  return (
    <section className="week-calendar" aria-labelledby="calendar-heading">
      <h2 id="calendar-heading">{t('res.cal.title')}</h2>
      <div className="week-nav">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onWeekChange(addDays(monday, -7))}
        >
          ← {t('res.cal.prev')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            onWeekChange(addDays(today, -((new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7)))
          }
        >
          {t('res.cal.thisWeek')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => onWeekChange(addDays(monday, 7))}
        >
          {t('res.cal.next')} →
        </button>
      </div>
      <p className="hint">{t('res.cal.keyboardHint')}</p>
      {/* Focusable so the arrow keys work; the live heading announces the new week. */}
      <section
        className="week-grid"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a keyboard-operable region (arrow keys change week)
        tabIndex={0}
        onKeyDown={onKeyDown}
        aria-labelledby="week-title"
        aria-busy={loading}
      >
        <h3 id="week-title" aria-live="polite">
          {title}
        </h3>
        {error && !data && (
          <p className="alert" role="alert">
            {t('res.cal.error')}
          </p>
        )}
        {loading && !data && (
          <p className="status" role="status">
            {t('res.cal.loading')}
          </p>
        )}
        <ol className="week-days">
          {days.map((date, i) => {
            const weekday = i + 1;
            const dayHours = hours.filter((h) => h.weekday === weekday);
            const dayBookings = bookings.filter((b) => {
              const start = copenhagenParts(new Date(b.startsAt)).date;
              const end = copenhagenParts(new Date(new Date(b.endsAt).getTime() - 1)).date;
              return start <= date && end >= date;
            });
            return (
              <li key={date} className={date === today ? 'week-day week-day--today' : 'week-day'}>
                <h4>{dayLabel(date)}</h4>
                <p className="meta">
                  {hours.length === 0
                    ? t('res.alwaysOpen')
                    : dayHours.length === 0
                      ? t('res.cal.closed')
                      : dayHours.map((h) => formatClockRange(locale, h.opensAt, h.closesAt)).join(', ')}
                </p>
                {dayBookings.length === 0 ? (
                  <p className="meta">{t('res.cal.free')}</p>
                ) : (
                  <ul>
                    {dayBookings.map((b) => (
                      <li key={b.id} className={`slot slot--${b.status.toLowerCase()}`}>
                        <span className="slot__time">
                          {time(b.startsAt)}–{time(b.endsAt)}
                        </span>{' '}
                        <span className="slot__status">{t(`res.status.${b.status}`)}</span>
                        {b.purpose && <span className="slot__purpose">{b.purpose}</span>}
                        {(b.requesterName || b.partnership) && (
                          <span className="meta">
                            {[b.requesterName, b.partnership?.name].filter(Boolean).join(' · ')}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ol>
      </section>
    </section>
  );
}
