'use client';

import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const SignUpMutation = graphql(`
  mutation SignUpForOpportunity($input: SignUpForOpportunityInput!) {
    signUpForOpportunity(input: $input) {
      __typename
      ... on SignUpForOpportunitySuccess {
        signUp {
          id
          status
          waitlistPosition
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = ['message'] as const;

export function SignUpForm({ opportunityId }: { opportunityId: string }) {
  const t = useT();
  const result = useMutationResult({ fields });
  const { errors, busy: loading } = result;
  const [done, setDone] = useState<{ waitlistPosition?: number | null } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget).get('message') ?? '').trim();
    const input = { opportunityId, message: message || null };
    const outcome = await result.run(SignUpMutation, { input });
    if (outcome.ok) setDone(outcome.data.signUp);
  }

  if (done) {
    return (
      <div className="notice" role="status">
        <p>
          {done.waitlistPosition
            ? t('volunteers.signUp.waitlisted', { position: done.waitlistPosition })
            : t('volunteers.signUp.done')}
        </p>
        <p>
          <Link href="/mine-aftaler">{t('volunteers.signUp.seeCommitments')}</Link>
        </p>
      </div>
    );
  }
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
      <div className="field">
        <label htmlFor="sign-up-message">{t('volunteers.signUp.message')}</label>
        <p className="hint" id="sign-up-message-hint">
          {t('volunteers.signUp.messageHint')}
        </p>
        {errors.message && (
          <p className="field-error" id="sign-up-message-error">
            {errors.message}
          </p>
        )}
        <textarea
          id="sign-up-message"
          name="message"
          rows={3}
          maxLength={1000}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={`sign-up-message-hint${errors.message ? ' sign-up-message-error' : ''}`}
        />
      </div>
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('volunteers.signUp.submitting') : t('volunteers.signUp.submit')}
      </button>
    </form>
  );
}
