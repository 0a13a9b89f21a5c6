'use client';

import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { fieldFailure } from '../ui/mutation-failure';
import { useMutationResult } from '../ui/use-mutation-result';
import { MyPhoneQuery, SetMyPhoneMutation } from './my-phone-documents';

const ConfirmMyPhoneMutation = graphql(`
  mutation ConfirmMyPhone($input: ConfirmMyPhoneInput!) {
    confirmMyPhone(input: $input) {
      __typename
      ... on ConfirmMyPhoneSuccess { myPhone { phone pendingPhone } }
      ...MutationFailure
    }
  }
`);

/** The code step: the six digits sent by SMS to the pending number, or a new code. */
export function SmsCodeForm({ phone, onResent }: { phone: string; onResent: () => void }) {
  const t = useT();
  const result = useMutationResult({ fields: ['code'], refetch: [MyPhoneQuery] });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '').replace(/\s/g, '');
    if (!/^\d{6}$/.test(code)) {
      result.fail(fieldFailure({ code: t('sms.codeFormat') }, t));
      return;
    }
    await result.run(ConfirmMyPhoneMutation, { input: { code } }, ({ myPhone }) =>
      t('sms.phoneVerified', { phone: myPhone.phone ?? phone }),
    );
  }

  async function resend() {
    onResent();
    await result.run(SetMyPhoneMutation, { input: { phone } }, () => t('sms.codeSent', { phone }));
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="sms-code-title">
      <h4 id="sms-code-title">{t('sms.codeTitle')}</h4>
      <p>{t('sms.codeIntro', { phone })}</p>
      <MutationAlert result={result} />
      <FormField
        name="code"
        label={t('sms.code')}
        hint={t('sms.codeHint')}
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        error={result.errors.code}
      />
      <div className="button-row">
        <button type="submit" disabled={result.busy}>
          {t('sms.confirmCode')}
        </button>
        <button type="button" onClick={resend} disabled={result.busy}>
          {t('sms.resendCode')}
        </button>
      </div>
    </form>
  );
}
