'use client';

import type { FormEvent } from 'react';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { MyPhoneQuery, SetMyPhoneMutation } from './my-phone-documents';
import { SmsCodeForm } from './sms-code-form';

/**
 * The person's mobile number for SMS notifications; the API checks and normalises it (+45) and
 * sends a code to it. SMS go to it only once the code is confirmed (the step below the field).
 */
export function SmsPhoneForm() {
  const t = useT();
  const { data } = useAppQuery(MyPhoneQuery);
  const result = useMutationResult({ fields: ['phone'], refetch: [MyPhoneQuery] });
  const verified = data?.myPhone.phone ?? null;
  const pending = data?.myPhone.pendingPhone ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const phone = String(new FormData(event.currentTarget).get('phone') ?? '').trim();
    await result.run(SetMyPhoneMutation, { input: { phone } }, ({ myPhone }) =>
      myPhone.pendingPhone
        ? t('sms.codeSent', { phone: myPhone.pendingPhone })
        : myPhone.phone
          ? t('sms.phoneVerified', { phone: myPhone.phone })
          : t('sms.phoneRemoved'),
    );
  }

  return (
    <>
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="sms-phone-title">
        <h3 id="sms-phone-title">{t('sms.phoneTitle')}</h3>
        <p>{t('sms.phoneIntro')}</p>
        {verified && <p>{t('sms.phoneVerified', { phone: verified })}</p>}
        <MutationAlert result={result} />
        <FormField
          key={pending ?? verified ?? 'none'}
          name="phone"
          type="tel"
          autoComplete="tel"
          label={t('sms.phone')}
          hint={t('sms.phoneHint')}
          defaultValue={pending ?? verified ?? ''}
          error={result.errors.phone}
        />
        <button type="submit" disabled={result.busy}>
          {t('sms.savePhone')}
        </button>
      </form>
      {pending && <SmsCodeForm phone={pending} onResent={result.clear} />}
    </>
  );
}
