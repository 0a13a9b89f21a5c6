'use client';

import type { FormEvent } from 'react';
import { graphql } from '../gql';
import { useAppQuery } from '../lib/apollo/use-app-query';
import { useT } from '../lib/i18n/client';
import { FormField } from './form-field';
import { memberAndFeeDocuments, PartnershipMembersQuery } from './partnership-documents';
import { SelectField } from './select-field';
import { kronerFields } from './ui/kroner-fields';
import { MutationAlert } from './ui/mutation-alert';
import { useMutationResult } from './ui/use-mutation-result';

const RecordSignOnFeeMutation = graphql(`
  mutation RecordSignOnFee($input: RecordSignOnFeeInput!) {
    recordSignOnFee(input: $input) {
      __typename
      ... on RecordSignOnFeeSuccess {
        signOnFee {
          id
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = ['memberId', 'amount', 'paidOn', 'note'] as const;

/** Coordinators record the one sign-on fee of each member association (kr. in the form, øre to the API). */
export function SignOnFeeForm({ slug }: { slug: string }) {
  const t = useT();
  const { data } = useAppQuery(PartnershipMembersQuery, { variables: { slug } });
  // Both lists show the new fee, and the server-rendered header its totals.
  const result = useMutationResult({ fields, refetch: memberAndFeeDocuments, refresh: true });
  const { errors, busy: loading } = result;
  const candidates =
    data?.partnership?.members.edges
      .map((e) => e.node)
      .filter((m) => m.role === 'VOLUNTARY_ASSOCIATION' && !m.signOnFee) ?? [];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const amounts = kronerFields({ amount: String(form.get('amount') ?? '') }, t);
    if (amounts.failure) return result.fail(amounts.failure);
    const input = {
      memberId: String(form.get('memberId') ?? ''),
      amount: amounts.ore.amount,
      paidOn: String(form.get('paidOn') ?? '') || null,
      note: String(form.get('note') ?? '').trim() || null,
    };
    if ((await result.run(RecordSignOnFeeMutation, { input }, t('partnership.fee.saved'))).ok)
      formElement.reset();
  }

  return (
    <form className="form form--boxed" onSubmit={onSubmit} noValidate aria-labelledby="fee-title">
      <h3 id="fee-title">{t('partnership.fee.title')}</h3>
      <MutationAlert result={result} />
      {candidates.length === 0 ? (
        <p className="status">{t('partnership.fee.none')}</p>
      ) : (
        <>
          <SelectField name="memberId" label={t('partnership.fee.member')} error={errors.memberId} required>
            {candidates.map((m) => (
              <option key={m.id} value={m.id}>
                {m.organisation.name}
              </option>
            ))}
          </SelectField>
          <FormField
            name="amount"
            type="text"
            inputMode="decimal"
            label={t('partnership.fee.amount')}
            error={errors.amount}
            required
          />
          <FormField
            name="paidOn"
            type="date"
            label={t('partnership.fee.paidOn')}
            error={errors.paidOn}
            required
          />
          <FormField name="note" type="text" label={t('partnership.fee.note')} error={errors.note} />
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('pform.saving') : t('partnership.fee.submit')}
          </button>
        </>
      )}
    </form>
  );
}
