'use client';

import { copenhagenToUtc, utcToCopenhagen } from '../../lib/copenhagen-time';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';

/** A shift's time from the form's date and from/to fields (Copenhagen time); null when incomplete. */
export function shiftTimes(form: FormData) {
  const text = (key: string) => String(form.get(key) ?? '').trim();
  const date = text('shiftDate');
  const startsAt = copenhagenToUtc(`${date}T${text('shiftFrom')}`);
  const endsAt = copenhagenToUtc(`${date}T${text('shiftTo')}`);
  return startsAt && endsAt ? { startsAt, endsAt } : null;
}

/** Date, from and to of one shift; `initial` fills them in (moving a shift). */
export function ShiftTimeFields({
  initial,
  errors = {},
  required = false,
}: {
  initial?: { startsAt: string; endsAt: string };
  errors?: Partial<Record<string, string>>;
  required?: boolean;
}) {
  const t = useT();
  const [start, end] = initial ? [utcToCopenhagen(initial.startsAt), utcToCopenhagen(initial.endsAt)] : [];
  return (
    <>
      <FormField
        name="shiftDate"
        type="date"
        label={t('volunteers.hours.date')}
        required={required}
        defaultValue={start?.slice(0, 10)}
        error={errors.startsAt}
      />
      <FormField
        name="shiftFrom"
        type="time"
        label={t('volunteers.form.from')}
        required={required}
        defaultValue={start?.slice(11)}
      />
      <FormField
        name="shiftTo"
        type="time"
        label={t('volunteers.form.to')}
        required={required}
        defaultValue={end?.slice(11)}
        error={errors.endsAt}
      />
    </>
  );
}
