'use client';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { graphql } from '../gql';
import { useT } from '../lib/i18n/client';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function SignOutButton() {
  const t = useT();
  const router = useRouter();
  const client = useApolloClient();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  async function onClick() {
    await signOut().catch(() => {}); // even if the API is down, leave the signed-in pages
    await client.clearStore(); // nothing cached for the old viewer may leak to the next one
    router.push('/');
    router.refresh(); // the header's navigation is server-rendered from the session
  }

  return (
    <button type="button" className="link-button" onClick={onClick} disabled={loading}>
      {t('nav.signOut')}
    </button>
  );
}
