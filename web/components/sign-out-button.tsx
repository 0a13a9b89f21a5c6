'use client';

import { useRouter } from 'next/navigation';
import { graphql } from '../gql';
import { clearBrowserCache } from '../lib/apollo/browser-client';
import { useT } from '../lib/i18n/client';
import { MutationAlert } from './ui/mutation-alert';
import { useMutationResult } from './ui/use-mutation-result';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function SignOutButton() {
  const t = useT();
  const router = useRouter();
  const result = useMutationResult();

  async function onClick() {
    // Leaving the pages while the session lives on would only look signed out: say it failed.
    if (!(await result.run(SignOutMutation, {})).ok) return;
    await clearBrowserCache();
    router.push('/');
    router.refresh(); // the header's navigation is server-rendered from the session
  }

  return (
    <>
      <button type="button" className="link-button" onClick={onClick} disabled={result.busy}>
        {t('nav.signOut')}
      </button>
      <MutationAlert result={result} showStatus={false} />
    </>
  );
}
