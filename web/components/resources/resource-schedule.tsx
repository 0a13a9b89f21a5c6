'use client';

import { useState } from 'react';
import { useT } from '../../lib/i18n/client';
import { BookingForm } from './booking-form';
import { BookingRequests } from './booking-requests';
import { copenhagenParts, mondayOf } from './resource-ids';
import { WeekCalendar } from './week-calendar';

// The calendar, the booking form and (for owners) the requests, sharing the week shown: a new
// booking moves the calendar to its week.
export function ResourceSchedule({
  resourceId,
  canBook,
  canManage,
}: {
  resourceId: string;
  canBook: boolean;
  canManage: boolean;
}) {
  const t = useT();
  const [monday, setMonday] = useState(() => mondayOf(copenhagenParts(new Date()).date));
  return (
    <div className="resource-schedule">
      <WeekCalendar resourceId={resourceId} monday={monday} onWeekChange={setMonday} />
      {canBook ? (
        <BookingForm resourceId={resourceId} onBooked={(date) => setMonday(mondayOf(date))} />
      ) : (
        <p className="notice">{t('res.book.cannotBook')}</p>
      )}
      {canManage && <BookingRequests resourceId={resourceId} />}
    </div>
  );
}
