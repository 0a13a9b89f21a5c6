'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { clearBrowserCache } from '../../lib/apollo/browser-client';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) {
      __typename
      ... on DeleteMyAccountSuccess {
        deleted
      }
      ...MutationFailure
    }
  }
`);

const fields = ['confirmEmail'] as const;

export function DeleteAccountForm() {
  const t = useT();
  const router = useRouter();
  const result = useMutationResult({ fields });
  const { errors, busy: loading } = result;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmEmail = String(new FormData(event.currentTarget).get('confirmEmail') ?? '').trim();
    if ((await result.run(DeleteMyAccountMutation, { input: { confirmEmail } })).ok) {
      await clearBrowserCache();
      router.replace('/?slettet=1');
      router.refresh();
    }
  }

  return (
    <form className="form danger-zone" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
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
