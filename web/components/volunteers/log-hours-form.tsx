'use client';

import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormAlert, useFormErrors } from '../form-errors';
import { FormField } from '../form-field';

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
      ... on Error {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const fields = ['activityId', 'date', 'hours', 'note'] as const;
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());

export function LogHoursForm({
  activities,
  onLogged,
}: {
  activities: { id: string; title: string }[];
  onLogged: () => void;
}) {
  const t = useT();
  const [log, { loading }] = useMutation(LogHoursMutation);
  const { errors, alert, alertRef, show, clear } = useFormErrors(fields);
  const [logged, setLogged] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const hours = Number(String(form.get('hours') ?? '').replace(',', '.'));
    const input = {
      activityId: String(form.get('activityId') ?? ''),
      date: String(form.get('date') ?? ''),
      hours: Number.isFinite(hours) ? hours : 0,
      note: String(form.get('note') ?? '').trim() || null,
    };
    setLogged(false);
    const result = await log({ variables: { input } }).catch(() => null);
    const payload = result?.data?.logVolunteerHours;
    if (payload?.__typename === 'LogVolunteerHoursSuccess') {
      clear();
      setLogged(true);
      formElement.reset();
      onLogged();
      return;
    }
    show(payload);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormAlert messages={alert} alertRef={alertRef} />
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
        type="number"
        label={t('volunteers.hours.hours')}
        hint={t('volunteers.hours.hoursHint')}
        min={0.25}
        max={24}
        step={0.25}
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
      <p role="status" className="notice-inline">
        {logged ? t('volunteers.hours.logged') : ''}
      </p>
    </form>
  );
}
