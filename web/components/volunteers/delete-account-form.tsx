'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormAlert, useFormErrors } from '../form-errors';
import { FormField } from '../form-field';

const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) {
      __typename
      ... on DeleteMyAccountSuccess {
        deleted
      }
      ... on ValidationError {
        message
        issues {
          path
          message
        }
      }
    }
  }
`);

const fields = ['confirmEmail'] as const;

export function DeleteAccountForm() {
  const t = useT();
  const router = useRouter();
  const client = useApolloClient();
  const [remove, { loading }] = useMutation(DeleteMyAccountMutation);
  const { errors, alert, alertRef, show } = useFormErrors(fields);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmEmail = String(new FormData(event.currentTarget).get('confirmEmail') ?? '').trim();
    const result = await remove({ variables: { input: { confirmEmail } } }).catch(() => null);
    const payload = result?.data?.deleteMyAccount;
    if (payload?.__typename === 'DeleteMyAccountSuccess') {
      await client.clearStore();
      router.replace('/?slettet=1');
      router.refresh();
      return;
    }
    show(payload);
  }

  return (
    <form className="form danger-zone" onSubmit={onSubmit} noValidate>
      <FormAlert messages={alert} alertRef={alertRef} />
      <p>{t('volunteers.data.deleteExplain')}</p>
      <FormField
        name="confirmEmail"
        type="email"
        label={t('volunteers.data.confirmEmail')}
        autoComplete="off"
        required
        error={errors.confirmEmail}
      />
      <button type="submit" className="button button--danger" disabled={loading}>
        {loading ? t('volunteers.data.deleting') : t('volunteers.data.delete')}
      </button>
    </form>
  );
}
