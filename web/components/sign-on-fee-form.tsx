'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { type FormEvent, useRef, useState } from 'react';
import { graphql } from '../gql';
import { useT } from '../lib/i18n/client';
import { oreFromKroner } from '../lib/kroner';
import { FormField, issuesByField } from './form-field';
import { PartnershipMembersQuery } from './partnership-members';
import { SelectField } from './select-field';

const RecordSignOnFeeMutation = graphql(`
  mutation RecordSignOnFee($input: RecordSignOnFeeInput!) {
    recordSignOnFee(input: $input) {
      __typename
      ... on RecordSignOnFeeSuccess {
        signOnFee {
          id
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

const fields = ['memberId', 'amount', 'paidOn', 'note'] as const;

/** Coordinators record the one sign-on fee of each member association (kr. in the form, øre to the API). */
export function SignOnFeeForm({ slug }: { slug: string }) {
  const t = useT();
  const router = useRouter();
  const { data, refetch } = useQuery(PartnershipMembersQuery, { variables: { slug } });
  // The recorded fees' list (sign-on-fees.tsx) shows the new one.
  const [record, { loading }] = useMutation(RecordSignOnFeeMutation, {
    refetchQueries: ['PartnershipSignOnFees'],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const candidates =
    data?.partnership?.members.edges
      .map((e) => e.node)
      .filter((m) => m.role === 'VOLUNTARY_ASSOCIATION' && !m.signOnFee) ?? [];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const input = {
      memberId: String(form.get('memberId') ?? ''),
      amount: oreFromKroner(String(form.get('amount') ?? '')),
      paidOn: String(form.get('paidOn') ?? '') || null,
      note: String(form.get('note') ?? '').trim() || null,
    };
    setSaved(false);
    const result = await record({ variables: { input } }).catch(() => null);
    const payload = result?.data?.recordSignOnFee;
    if (payload?.__typename === 'RecordSignOnFeeSuccess') {
      setErrors({});
      setAlert(null);
      setSaved(true);
      formElement.reset();
      await refetch();
      router.refresh();
      return;
    }
    const { byField, other } =
      payload?.__typename === 'ValidationError'
        ? issuesByField(payload.issues, fields)
        : { byField: {}, other: [] };
    setErrors(byField);
    setAlert(payload ? [...new Set([payload.message, ...other])] : [t('form.networkError')]);
    requestAnimationFrame(() => alertRef.current?.focus());
  }

  return (
    <form className="form form--boxed" onSubmit={onSubmit} noValidate aria-labelledby="fee-title">
      <h3 id="fee-title">{t('partnership.fee.title')}</h3>
      <div role="status" aria-live="polite">
        {saved && <p>{t('partnership.fee.saved')}</p>}
      </div>
      {alert && (
        <div className="alert" role="alert" tabIndex={-1} ref={alertRef}>
          {alert.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
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
