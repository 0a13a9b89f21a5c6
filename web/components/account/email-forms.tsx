'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { AccountForm } from './account-form';

const RequestChange = graphql(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const Confirm = graphql(`
  mutation ConfirmEmail($input: ConfirmEmailInput!) {
    confirmEmail(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const Resend = graphql(`
  mutation ResendEmailVerification {
    resendEmailVerification {
      __typename
      ... on ResendEmailVerificationSuccess {
        sent
      }
      ...MutationFailure
    }
  }
`);

export function ChangeEmailForm() {
  const t = useT();
  return (
    <AccountForm
      fields={[
        { name: 'email', type: 'email', label: t('account.email.new'), autoComplete: 'email' },
        {
          name: 'currentPassword',
          type: 'password',
          label: t('account.password.current'),
          autoComplete: 'current-password',
        },
      ]}
      submitLabel={t('account.email.submit')}
      mutation={RequestChange}
      variables={({ email = '', currentPassword = '' }) => ({ input: { email, currentPassword } })}
      done={({ email = '' }) => <p>{t('account.email.sent', { email })}</p>}
    />
  );
}

/**
 * The link in the e-mail opens this page; confirming takes a click, because mail scanners open
 * links by themselves and must not use the single-use token.
 */
export function ConfirmEmail({ token }: { token: string }) {
  const t = useT();
  const result = useMutationResult({ refresh: true });
  const [done, setDone] = useState(false);
  async function onClick() {
    if ((await result.run(Confirm, { input: { token } })).ok) setDone(true);
  }
  if (done) {
    return (
      <p role="status" className="notice">
        {t('account.confirm.done')}
      </p>
    );
  }
  return (
    <>
      <MutationAlert result={result} showStatus={false} />
      <button type="button" className="button" onClick={onClick} disabled={result.busy}>
        {result.busy ? t('account.confirm.working') : t('account.confirm.submit')}
      </button>
    </>
  );
}

export function UnverifiedNotice() {
  const t = useT();
  const result = useMutationResult();
  return (
    <section className="notice" aria-live="polite">
      <p>{t('account.me.unverified')}</p>
      <MutationAlert result={result} />
      {!result.status && (
        <button
          type="button"
          className="button button--secondary"
          disabled={result.busy}
          onClick={() => result.run(Resend, {}, t('account.me.resent'))}
        >
          {t('account.me.resend')}
        </button>
      )}
    </section>
  );
}
