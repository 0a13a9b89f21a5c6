'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { meetingTimes } from './meeting-times';
import { RoomField } from './room-field';
import { useMeetingMutation } from './use-meeting-mutation';

const PlanMeetingMutation = graphql(`
  mutation PlanMeeting($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      __typename
      ... on PlanMeetingSuccess { meeting { id } }
      ...MutationFailure
    }
  }
`);

const fields = ['title', 'startsAt', 'endsAt', 'address', 'onlineUrl', 'bookingId'] as const;

export function PlanMeetingForm({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const router = useRouter();
  const m = useMeetingMutation(fields);
  const { run, busy, errors: fieldErrors } = m;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const times = meetingTimes(form, t);
    if (times.failure) return m.fail(times.failure);
    const input = {
      partnershipId,
      title: text('title'),
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      address: text('address') || null,
      onlineUrl: text('onlineUrl') || null,
      bookingId: text('bookingId') || null,
    };
    const outcome = await run(PlanMeetingMutation, { input });
    if (outcome.ok) {
      const decoded = atob(outcome.data.meeting.id);
      router.push(`/moeder/${decoded.slice(decoded.indexOf(':') + 1)}`);
    }
  }

  return (
    <details className="meeting-plan">
      <summary>{t('meetings.plan')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <MutationAlert result={m} />
        <FormField name="title" label={t('meetings.fieldTitle')} required error={fieldErrors.title} />
        <FormField
          name="startsAt"
          type="datetime-local"
          label={t('meetings.fieldStartsAt')}
          required
          error={fieldErrors.startsAt}
        />
        <FormField
          name="endsAt"
          type="datetime-local"
          label={t('meetings.fieldEndsAt')}
          required
          error={fieldErrors.endsAt}
        />
        <FormField
          name="address"
          label={t('meetings.fieldAddress')}
          hint={t('meetings.placeHint')}
          error={fieldErrors.address}
        />
        <FormField
          name="onlineUrl"
          type="url"
          label={t('meetings.fieldOnlineUrl')}
          error={fieldErrors.onlineUrl}
        />
        <RoomField partnershipId={partnershipId} error={fieldErrors.bookingId} />
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('meetings.saving') : t('meetings.planSubmit')}
        </button>
      </form>
    </details>
  );
}
