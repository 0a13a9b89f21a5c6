'use client';

import Link from 'next/link';
import { type FormEvent, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { fieldFailure } from '../ui/mutation-failure';
import { useMutationResult } from '../ui/use-mutation-result';
import { bookingDocuments } from './documents';
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
      ...MutationFailure
    }
  }
`);

// The API names startsAt/endsAt; the form asks for a date and two times.
export function BookingForm({
  resourceId,
  onBooked,
}: {
  resourceId: string;
  onBooked: (date: string) => void;
}) {
  const t = useT();
  const result = useMutationResult({
    fields: ['date', 'from', 'to', 'purpose', 'startsAt', 'endsAt'],
    refetch: bookingDocuments,
  });
  const { busy: loading } = result;
  // The API names the instants; the form shows them at the time fields.
  const errors: Partial<Record<string, string>> = {
    ...result.errors,
    from: result.errors.from ?? result.errors.startsAt,
    to: result.errors.to ?? result.errors.endsAt,
  };
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    setDone(null);
    const missing: Record<string, string> = {};
    for (const key of ['date', 'from', 'to', 'purpose']) if (!text(key)) missing[key] = t('form.required');
    if (Object.keys(missing).length) return result.fail(fieldFailure(missing, t));
    const input = {
      resourceId,
      purpose: text('purpose'),
      startsAt: copenhagenInstant(text('date'), text('from')).toISOString(),
      endsAt: copenhagenInstant(text('date'), text('to')).toISOString(),
    };
    const booked = await result.run(BookResourceMutation, { input });
    if (booked.ok) {
      setDone(booked.data.booking.status === 'CONFIRMED' ? t('res.book.confirmed') : t('res.book.requested'));
      formElement.reset();
      onBooked(text('date'));
      requestAnimationFrame(() => doneRef.current?.focus());
    } else if (booked.data?.__typename === 'ConflictError' || booked.data?.__typename === 'NotAllowedError') {
      // A clash or closed day: show that week, so the calendar explains the refusal.
      onBooked(text('date'));
    }
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
        <MutationAlert result={result} showStatus={false} />
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
