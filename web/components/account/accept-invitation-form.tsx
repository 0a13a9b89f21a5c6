'use client';

import { useRouter } from 'next/navigation';
import { graphql } from '../../gql';
import { clearBrowserCache } from '../../lib/apollo/browser-client';
import { useT } from '../../lib/i18n/client';
import { safeNextPath } from '../../lib/safe-next';
import { AccountForm, newPasswordField } from './account-form';

const Accept = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on AcceptInvitationSuccess {
        accepted {
          landing
        }
      }
      ...MutationFailure
    }
  }
`);

/** Sets the new account's password; then the person lands where the invitation leads. */
export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useT();
  const router = useRouter();
  return (
    <AccountForm
      fields={[newPasswordField(t, 'password', t('form.password'))]}
      submitLabel={t('account.invitation.submit')}
      mutation={Accept}
      variables={({ password = '' }) => ({ input: { token, password } })}
      onSuccess={async ({ accepted }) => {
        await clearBrowserCache(); // anything cached belonged to the signed-out visitor
        router.replace(safeNextPath(accepted.landing));
        router.refresh();
      }}
      done={() => <p>{t('account.loading')}</p>}
    />
  );
}
