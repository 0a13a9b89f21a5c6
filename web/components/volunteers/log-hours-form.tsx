'use client';

import type { DocumentNode } from '@apollo/client';
import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { parseDecimal } from '../../lib/parse-number';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { fieldFailure } from '../ui/mutation-failure';
import { useMutationResult } from '../ui/use-mutation-result';

const LogHoursMutation = graphql(`
  mutation LogVolunteerHours($input: LogVolunteerHoursInput!) {
    logVolunteerHours(input: $input) {
      __typename
      ... on LogVolunteerHoursSuccess {
        hours {
          id
          status
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = ['activityId', 'date', 'hours', 'note'] as const;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

export function LogHoursForm({
  activities,
  refetch,
}: {
  activities: { id: string; title: string }[];
  /** The lists that show the logged hours. */
  refetch: readonly DocumentNode[];
}) {
  const t = useT();
  const result = useMutationResult({ fields, refetch });
  const { errors, busy: loading } = result;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    // "2,5" and "2.5" are both two and a half hours, whatever the browser's language.
    const hours = parseDecimal(String(form.get('hours') ?? ''));
    if (!hours.ok || hours.value === null) {
      return result.fail(fieldFailure({ hours: t(hours.ok ? 'form.required' : 'failure.number') }, t));
    }
    const input = {
      activityId: String(form.get('activityId') ?? ''),
      date: String(form.get('date') ?? ''),
      hours: hours.value,
      note: String(form.get('note') ?? '').trim() || null,
    };
    if ((await result.run(LogHoursMutation, { input }, t('volunteers.hours.logged'))).ok) formElement.reset();
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
      <div className="field">
        <label htmlFor="field-activityId">{t('volunteers.hours.activity')}</label>
        {errors.activityId && <p className="field-error">{errors.activityId}</p>}
        <select id="field-activityId" name="activityId" required>
          {activities.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <FormField
        name="date"
        type="date"
        label={t('volunteers.hours.date')}
        defaultValue={today()}
        max={today()}
        required
        error={errors.date}
      />
      <FormField
        name="hours"
        type="text"
        label={t('volunteers.hours.hours')}
        hint={t('volunteers.hours.hoursHint')}
        inputMode="decimal"
        required
        error={errors.hours}
      />
      <FormField
        name="note"
        type="text"
        label={t('volunteers.hours.noteOptional')}
        maxLength={500}
        error={errors.note}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('volunteers.hours.logging') : t('volunteers.hours.log')}
      </button>
    </form>
  );
}
