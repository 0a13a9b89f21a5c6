'use client';

import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

export const MyPhoneQuery = graphql(`
  query MyPhone { myPhone { phone } }
`);

const SetMyPhoneMutation = graphql(`
  mutation SetMyPhone($input: SetMyPhoneInput!) {
    setMyPhone(input: $input) {
      __typename
      ... on SetMyPhoneSuccess { myPhone { phone } }
      ...MutationFailure
    }
  }
`);

/** The person's mobile number for SMS notifications; the API checks and normalises it (+45). */
export function SmsPhoneForm() {
  const t = useT();
  const { data } = useAppQuery(MyPhoneQuery);
  const result = useMutationResult({ fields: ['phone'], refetch: [MyPhoneQuery] });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const phone = String(new FormData(event.currentTarget).get('phone') ?? '').trim();
    await result.run(SetMyPhoneMutation, { input: { phone } }, ({ myPhone }) =>
      myPhone.phone ? t('sms.phoneSaved', { phone: myPhone.phone }) : t('sms.phoneRemoved'),
    );
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="sms-phone-title">
      <h3 id="sms-phone-title">{t('sms.phoneTitle')}</h3>
      <p>{t('sms.phoneIntro')}</p>
      <MutationAlert result={result} />
      <FormField
        key={data?.myPhone.phone ?? 'none'}
        name="phone"
        type="tel"
        autoComplete="tel"
        label={t('sms.phone')}
        hint={t('sms.phoneHint')}
        defaultValue={data?.myPhone.phone ?? ''}
        error={result.errors.phone}
      />
      <button type="submit" disabled={result.busy}>
        {t('sms.savePhone')}
      </button>
    </form>
  );
}
