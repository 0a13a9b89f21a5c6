'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { graphql } from '../gql';
import { useT } from '../lib/i18n/client';
import { safeNextPath } from '../lib/safe-next';
import { FormAlert, useFormErrors } from './form-errors';
import { FormField } from './form-field';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess {
        viewer {
          id
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

const fields = ['email', 'password'] as const;

export function SignInForm({ next }: { next?: string }) {
  const t = useT();
  const router = useRouter();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SignInMutation);
  const { errors, alert, alertRef, show } = useFormErrors(fields);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    const result = await signIn({ variables: { input } }).catch(() => null);
    const payload = result?.data?.signIn;
    if (payload?.__typename === 'SignInSuccess') {
      await client.clearStore(); // anything cached belonged to the signed-out visitor
      router.replace(safeNextPath(next));
      router.refresh(); // re-render the server header with the new session
      return;
    }
    show(payload);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormAlert messages={alert} alertRef={alertRef} />
      <FormField
        name="email"
        type="email"
        label={t('form.email')}
        autoComplete="email"
        required
        error={errors.email}
      />
      <FormField
        name="password"
        type="password"
        label={t('form.password')}
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <button type="submit" className="button" disabled={loading}>
        {loading ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}
