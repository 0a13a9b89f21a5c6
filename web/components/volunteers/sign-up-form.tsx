'use client';

import { useMutation } from '@apollo/client/react';
import Link from 'next/link';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormAlert, useFormErrors } from '../form-errors';

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

const fields = ['message'] as const;

export function SignUpForm({ opportunityId }: { opportunityId: string }) {
  const t = useT();
  const [signUp, { loading }] = useMutation(SignUpMutation);
  const { errors, alert, alertRef, show } = useFormErrors(fields);
  const [done, setDone] = useState<{ waitlistPosition?: number | null } | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const message = String(new FormData(event.currentTarget).get('message') ?? '').trim();
    const result = await signUp({ variables: { input: { opportunityId, message: message || null } } }).catch(
      () => null,
    );
    const payload = result?.data?.signUpForOpportunity;
    if (payload?.__typename === 'SignUpForOpportunitySuccess') {
      setDone(payload.signUp);
      return;
    }
    show(payload);
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
      <FormAlert messages={alert} alertRef={alertRef} />
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
