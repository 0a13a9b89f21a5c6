import { copenhagenToUtc } from '../../lib/copenhagen-time';
import type { Translate } from '../../lib/i18n/messages';
import { type Failure, fieldFailure } from '../ui/mutation-failure';

/**
 * The start and end of a meeting form (Copenhagen wall time → UTC), or the failure naming the
 * empty one: an empty time must read as "choose a date", never be sent as 1970.
 */
export function meetingTimes(
  form: FormData,
  t: Translate,
): { startsAt: string; endsAt: string; failure: null } | { failure: Failure } {
  const startsAt = copenhagenToUtc(String(form.get('startsAt') ?? ''));
  const endsAt = copenhagenToUtc(String(form.get('endsAt') ?? ''));
  if (startsAt && endsAt) return { startsAt, endsAt, failure: null };
  const missing = t('failure.dateTime');
  return {
    failure: fieldFailure(
      { ...(startsAt ? {} : { startsAt: missing }), ...(endsAt ? {} : { endsAt: missing }) },
      t,
    ),
  };
}
