'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { copenhagenToUtc } from '../../lib/copenhagen-time';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { RoomField } from './room-field';
import { Alert, useRun } from './use-run';

const PlanMeetingMutation = graphql(`
  mutation PlanMeeting($input: PlanMeetingInput!) {
    planMeeting(input: $input) {
      __typename
      ... on PlanMeetingSuccess { meeting { id } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const fields = ['title', 'startsAt', 'endsAt', 'address', 'onlineUrl', 'bookingId'] as const;

export function PlanMeetingForm({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const router = useRouter();
  const { run, busy, fieldErrors, alert } = useRun();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    const payload = await run(
      PlanMeetingMutation,
      {
        partnershipId,
        title: text('title'),
        // An empty or malformed time is sent as the epoch so the API names the field.
        startsAt: copenhagenToUtc(text('startsAt')) ?? new Date(0).toISOString(),
        endsAt: copenhagenToUtc(text('endsAt')) ?? new Date(0).toISOString(),
        address: text('address') || null,
        onlineUrl: text('onlineUrl') || null,
        bookingId: text('bookingId') || null,
      },
      fields,
    );
    if (payload?.__typename === 'PlanMeetingSuccess') {
      const id = (payload as unknown as { meeting: { id: string } }).meeting.id;
      const decoded = atob(id);
      router.push(`/moeder/${decoded.slice(decoded.indexOf(':') + 1)}`);
    }
  }

  return (
    <details className="meeting-plan">
      <summary>{t('meetings.plan')}</summary>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Alert messages={alert} />
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
