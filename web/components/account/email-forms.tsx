'use client';

import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormAlert, useFormErrors } from '../form-errors';
import { AccountForm } from './account-form';

const RequestChange = graphql(`
  mutation RequestEmailChange($input: RequestEmailChangeInput!) {
    requestEmailChange(input: $input) {
      __typename
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

const Confirm = graphql(`
  mutation ConfirmEmail($input: ConfirmEmailInput!) {
    confirmEmail(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const Resend = graphql(`
  mutation ResendEmailVerification {
    resendEmailVerification
  }
`);

export function ChangeEmailForm() {
  const t = useT();
  const [request] = useMutation(RequestChange);
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
      successType="RequestEmailChangeSuccess"
      submit={async ({ email = '', currentPassword = '' }) =>
        (await request({ variables: { input: { email, currentPassword } } })).data?.requestEmailChange
      }
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
  const router = useRouter();
  const [confirm, { loading }] = useMutation(Confirm);
  const { alert, alertRef, show } = useFormErrors([]);
  const [done, setDone] = useState(false);
  async function onClick() {
    const payload = (await confirm({ variables: { input: { token } } }).catch(() => null))?.data
      ?.confirmEmail;
    if (payload?.__typename === 'ConfirmEmailSuccess') {
      setDone(true);
      router.refresh();
      return;
    }
    show(payload);
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
      <FormAlert messages={alert} alertRef={alertRef} />
      <button type="button" className="button" onClick={onClick} disabled={loading}>
        {loading ? t('account.confirm.working') : t('account.confirm.submit')}
      </button>
    </>
  );
}

export function UnverifiedNotice() {
  const t = useT();
  const [resend, { loading, data }] = useMutation(Resend);
  return (
    <section className="notice" aria-live="polite">
      <p>{t('account.me.unverified')}</p>
      {data?.resendEmailVerification ? (
        <p>{t('account.me.resent')}</p>
      ) : (
        <button
          type="button"
          className="button button--secondary"
          disabled={loading}
          onClick={() => resend().catch(() => null)}
        >
          {t('account.me.resend')}
        </button>
      )}
    </section>
  );
}
