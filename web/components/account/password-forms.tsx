'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { AccountForm, newPasswordField } from './account-form';

const RequestReset = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const Reset = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const Change = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export function ForgotPasswordForm() {
  const t = useT();
  return (
    <AccountForm
      fields={[{ name: 'email', type: 'email', label: t('form.email'), autoComplete: 'email' }]}
      submitLabel={t('account.forgot.submit')}
      mutation={RequestReset}
      variables={({ email = '' }) => ({ input: { email } })}
      done={({ email = '' }) => <p>{t('account.forgot.sent', { email })}</p>}
    />
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useT();
  return (
    <AccountForm
      fields={[newPasswordField(t, 'password', t('account.reset.password'))]}
      submitLabel={t('account.reset.submit')}
      mutation={Reset}
      variables={({ password = '' }) => ({ input: { token, password } })}
      done={() => (
        <p>
          {t('account.reset.done')} <Link href="/log-ind">{t('account.signInLink')}</Link>
        </p>
      )}
    />
  );
}

export function ChangePasswordForm() {
  const t = useT();
  return (
    <AccountForm
      fields={[
        {
          name: 'currentPassword',
          type: 'password',
          label: t('account.password.current'),
          autoComplete: 'current-password',
        },
        newPasswordField(t, 'newPassword', t('account.password.new')),
      ]}
      submitLabel={t('account.password.submit')}
      mutation={Change}
      variables={({ currentPassword = '', newPassword = '' }) => ({
        input: { currentPassword, newPassword },
      })}
      done={() => <p>{t('account.password.done')}</p>}
    />
  );
}
