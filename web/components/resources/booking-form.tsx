'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { type FormEvent, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { copenhagenInstant } from './resource-ids';

const BookResourceMutation = graphql(`
  mutation BookResource($input: BookResourceInput!) {
    bookResource(input: $input) {
      __typename
      ... on BookResourceSuccess {
        booking {
          id
          status
          startsAt
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

// The API names startsAt/endsAt; the form asks for a date and two times.
const fieldOf: Record<string, string> = { startsAt: 'from', endsAt: 'to', purpose: 'purpose' };

export function BookingForm({
  resourceId,
  onBooked,
}: {
  resourceId: string;
  onBooked: (date: string) => void;
}) {
  const t = useT();
  const [book, { loading }] = useMutation(BookResourceMutation, {
    refetchQueries: ['ResourceWeek', 'BookingRequests', 'MyBookings'],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    setDone(null);
    const missing: Record<string, string> = {};
    for (const key of ['date', 'from', 'to', 'purpose']) if (!text(key)) missing[key] = t('form.required');
    if (Object.keys(missing).length) {
      setErrors(missing);
      setAlert([t('form.errorSummary')]);
      requestAnimationFrame(() => alertRef.current?.focus());
      return;
    }
    const input = {
      resourceId,
      purpose: text('purpose'),
      startsAt: copenhagenInstant(text('date'), text('from')).toISOString(),
      endsAt: copenhagenInstant(text('date'), text('to')).toISOString(),
    };
    const payload = (await book({ variables: { input } }).catch(() => null))?.data?.bookResource;
    if (payload?.__typename === 'BookResourceSuccess') {
      setErrors({});
      setAlert(null);
      setDone(payload.booking.status === 'CONFIRMED' ? t('res.book.confirmed') : t('res.book.requested'));
      formElement.reset();
      onBooked(text('date'));
      requestAnimationFrame(() => doneRef.current?.focus());
      return;
    }
    // A clash or closed day: show that week, so the calendar explains the refusal.
    if (payload?.__typename === 'ConflictError' || payload?.__typename === 'NotAllowedError')
      onBooked(text('date'));
    const byField: Record<string, string> = {};
    const other: string[] = [];
    if (payload?.__typename === 'ValidationError') {
      for (const issue of payload.issues) {
        const field = fieldOf[issue.path.at(-1) ?? ''];
        if (field && !byField[field]) byField[field] = issue.message;
        else other.push(issue.message);
      }
    }
    setErrors(byField);
    setAlert(payload ? [...new Set([payload.message, ...other])] : [t('form.networkError')]);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <section aria-labelledby="book-heading" className="booking-form">
      <h2 id="book-heading">{t('res.book.title')}</h2>
      {done && (
        <div className="notice" role="status" tabIndex={-1} ref={doneRef}>
          <p>{done}</p>
          <p>
            <Link href="/mine-bookinger">{t('res.book.myBookings')}</Link>
          </p>
        </div>
      )}
      <form className="form" onSubmit={onSubmit} noValidate>
        {alert && (
          <div className="alert" role="alert" tabIndex={-1} ref={alertRef}>
            {alert.map((m) => (
              <p key={m}>{m}</p>
            ))}
          </div>
        )}
        <FormField name="date" type="date" label={t('res.book.date')} required error={errors.date} />
        <div className="field-row">
          <FormField
            name="from"
            type="time"
            step={900}
            label={t('res.book.from')}
            required
            error={errors.from}
          />
          <FormField name="to" type="time" step={900} label={t('res.book.to')} required error={errors.to} />
        </div>
        <FormField
          name="purpose"
          type="text"
          maxLength={300}
          label={t('res.book.purpose')}
          required
          error={errors.purpose}
        />
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('res.book.submitting') : t('res.book.submit')}
        </button>
      </form>
    </section>
  );
}
