'use client';

import { type FormEvent, useEffect, useRef } from 'react';
import { graphql } from '../gql';
import { useT } from '../lib/i18n/client';
import { kronerInput } from '../lib/kroner';
import { FormField } from './form-field';
import { memberAndFeeDocuments } from './partnership-documents';
import { kronerFields } from './ui/kroner-fields';
import { MutationAlert } from './ui/mutation-alert';
import { useMutationResult } from './ui/use-mutation-result';

const CorrectSignOnFeeMutation = graphql(`
  mutation CorrectSignOnFee($input: CorrectSignOnFeeInput!) {
    correctSignOnFee(input: $input) {
      __typename
      ... on CorrectSignOnFeeSuccess {
        signOnFee {
          id
          amount
          paidOn
          note
        }
      }
      ...MutationFailure
    }
  }
`);

/** The recorded fee being corrected, as the list shows it. */
export type CorrectedFee = {
  id: string;
  amount: unknown;
  paidOn: string;
  note: string;
  member: { organisation: { name: string } };
};

const fields = ['amount', 'paidOn', 'note'] as const;

/** Coordinators correct a recorded sign-on fee's amount (kr. here, øre to the API), day and note. */
export function SignOnFeeCorrectionForm({
  fee,
  onSaved,
  onCancel,
}: {
  fee: CorrectedFee;
  onSaved: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const name = fee.member.organisation.name;
  // The list refetches the members too: their fee amounts and the record form's choices change.
  const result = useMutationResult({ fields, refetch: memberAndFeeDocuments });
  const { errors, busy: loading } = result;
  const firstField = useRef<HTMLDivElement>(null);

  // Opening the form moves focus into it, so keyboard users land where they asked to go.
  useEffect(() => {
    firstField.current?.querySelector('input')?.focus();
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const amounts = kronerFields({ amount: String(form.get('amount') ?? '') }, t);
    if (amounts.failure) return result.fail(amounts.failure);
    const input = {
      id: fee.id,
      amount: amounts.ore.amount,
      paidOn: String(form.get('paidOn') ?? '') || null,
      note: String(form.get('note') ?? '').trim() || null,
    };
    if ((await result.run(CorrectSignOnFeeMutation, { input })).ok) onSaved(name);
  }

  return (
    <form
      className="form form--boxed"
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="fee-correction-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3 id="fee-correction-title">{t('partnership.fee.correctTitle', { name })}</h3>
      <MutationAlert result={result} />
      <div ref={firstField}>
        <FormField
          name="amount"
          type="text"
          inputMode="decimal"
          label={t('partnership.fee.amount')}
          error={errors.amount}
          defaultValue={kronerInput(fee.amount)}
          required
        />
      </div>
      <FormField
        name="paidOn"
        type="date"
        label={t('partnership.fee.paidOn')}
        error={errors.paidOn}
        defaultValue={fee.paidOn}
        required
      />
      <FormField
        name="note"
        type="text"
        label={t('partnership.fee.note')}
        error={errors.note}
        defaultValue={fee.note}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('pform.saving') : t('partnership.fee.correctSubmit')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('admin.cancelEdit')}
        </button>
      </div>
    </form>
  );
}
