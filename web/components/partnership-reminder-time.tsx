'use client';

import type { FormEvent } from 'react';
import { graphql } from '../gql';
import type { PartnershipReminderTimeFragment as Fragment } from '../gql/graphql';
import { useT } from '../lib/i18n/client';
import { FormField } from './form-field';
import { minutesToTime as asTime, timeToMinutes } from './resources/resource-ids';
import { MutationAlert } from './ui/mutation-alert';
import { useMutationResult } from './ui/use-mutation-result';

export const PartnershipReminderTimeFragmentDoc = graphql(`
  fragment PartnershipReminderTime on Partnership {
    id
    reminderMinutes
  }
`);

const SetReminderTimeMutation = graphql(`
  mutation SetPartnershipReminderTime($input: SetPartnershipReminderTimeInput!) {
    setPartnershipReminderTime(input: $input) {
      __typename
      ... on SetPartnershipReminderTimeSuccess { partnership { id reminderMinutes } }
      ...MutationFailure
    }
  }
`);

/** When the day-before reminders of the partnership's meetings and shifts go out (its coordinators). */
export function PartnershipReminderTime({ partnership }: { partnership: Fragment }) {
  const t = useT();
  const result = useMutationResult({ fields: ['minutes'], refresh: true });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const time = String(new FormData(event.currentTarget).get('reminderTime') ?? '');
    // An empty or unreadable time is sent as such (-1): the API says what is wrong, at the field.
    const value = /^\d{2}:\d{2}$/.test(time) ? timeToMinutes(time) : -1;
    await result.run(
      SetReminderTimeMutation,
      { input: { partnershipId: partnership.id, minutes: value } },
      ({ partnership }) => t('reminderTime.saved', { time: asTime(partnership.reminderMinutes) }),
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="reminder-time-title">
      <h2 id="reminder-time-title">{t('reminderTime.title')}</h2>
      <p>{t('reminderTime.intro')}</p>
      <MutationAlert result={result} />
      <FormField
        name="reminderTime"
        type="time"
        step={900}
        label={t('reminderTime.label')}
        hint={t('reminderTime.hint')}
        defaultValue={asTime(partnership.reminderMinutes)}
        error={result.errors.minutes}
      />
      <button type="submit" disabled={result.busy}>
        {t('reminderTime.save')}
      </button>
    </form>
  );
}
