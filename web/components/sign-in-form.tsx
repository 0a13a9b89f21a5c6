'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { graphql } from '../gql';
import { clearBrowserCache } from '../lib/apollo/browser-client';
import { useT } from '../lib/i18n/client';
import { safeNextPath } from '../lib/safe-next';
import { FormField } from './form-field';
import { MutationAlert } from './ui/mutation-alert';
import { useMutationResult } from './ui/use-mutation-result';

const SignInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess {
        viewer {
          id
          coordinatorOfCount
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = ['email', 'password'] as const;

export function SignInForm({ next }: { next?: string }) {
  const t = useT();
  const router = useRouter();
  const result = useMutationResult({ fields });
  const { errors, busy: loading } = result;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = { email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') };
    const outcome = await result.run(SignInMutation, { input });
    if (outcome.ok) {
      await clearBrowserCache(); // anything cached belonged to the signed-out visitor
      // Coordinators of a partnership start at their overview; everyone else at Min side.
      const home = outcome.data.viewer.coordinatorOfCount > 0 ? '/koordinator' : '/min-side';
      router.replace(safeNextPath(next, home));
      router.refresh(); // re-render the server header with the new session
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
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
