'use client';

import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { utcToCopenhagen } from '../../lib/copenhagen-time';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { meetingTimes } from './meeting-times';
import { RoomField } from './room-field';
import { useMeetingMutation } from './use-meeting-mutation';

const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

type Meeting = {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  address?: string | null;
  onlineUrl?: string | null;
  bookingId?: string | null;
  partnership: { id: string };
};

const fields = ['title', 'startsAt', 'endsAt', 'address', 'onlineUrl', 'bookingId'] as const;

/** Changes title, time or place; calendar subscribers get the update (SEQUENCE rises). */
export function EditMeetingForm({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const m = useMeetingMutation(fields);
  const { run, busy, errors: fieldErrors } = m;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const times = meetingTimes(form, t);
    if (times.failure) return m.fail(times.failure);
    const input = {
      meetingId: meeting.id,
      title: text('title'),
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      address: text('address') || null,
      onlineUrl: text('onlineUrl') || null,
      bookingId: text('bookingId') || null,
    };
    await run(UpdateMeetingMutation, { input }, t('meetings.saved'));
  }

  return (
    <details className="meeting-plan">
      <summary>{t('meetings.edit')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate aria-label={t('meetings.edit')}>
        <MutationAlert result={m} />
        <FormField
          name="title"
          label={t('meetings.fieldTitle')}
          defaultValue={meeting.title}
          required
          error={fieldErrors.title}
        />
        <FormField
          name="startsAt"
          type="datetime-local"
          label={t('meetings.fieldStartsAt')}
          defaultValue={utcToCopenhagen(meeting.startsAt)}
          required
          error={fieldErrors.startsAt}
        />
        <FormField
          name="endsAt"
          type="datetime-local"
          label={t('meetings.fieldEndsAt')}
          defaultValue={utcToCopenhagen(meeting.endsAt)}
          required
          error={fieldErrors.endsAt}
        />
        <FormField
          name="address"
          label={t('meetings.fieldAddress')}
          hint={t('meetings.placeHint')}
          defaultValue={meeting.address ?? ''}
          error={fieldErrors.address}
        />
        <FormField
          name="onlineUrl"
          type="url"
          label={t('meetings.fieldOnlineUrl')}
          defaultValue={meeting.onlineUrl ?? ''}
          error={fieldErrors.onlineUrl}
        />
        <RoomField
          partnershipId={meeting.partnership.id}
          defaultValue={meeting.bookingId}
          error={fieldErrors.bookingId}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('meetings.saving') : t('meetings.saveChanges')}
        </button>
      </form>
    </details>
  );
}
