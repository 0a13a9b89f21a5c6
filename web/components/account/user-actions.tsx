'use client';

import type { DocumentNode } from '@apollo/client';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const Deactivate = graphql(`
  mutation DeactivateUser($input: UserStatusInput!) {
    deactivateUser(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);
const Reactivate = graphql(`
  mutation ReactivateUser($input: UserStatusInput!) {
    reactivateUser(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);
const Resend = graphql(`
  mutation ResendInvitation($input: InvitationIdInput!) {
    resendInvitation(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);
const Revoke = graphql(`
  mutation RevokeInvitation($input: InvitationIdInput!) {
    revokeInvitation(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/** Deactivate or reactivate one user; the list re-renders on the server afterwards. */
export function UserStatusButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useT();
  const result = useMutationResult({ refresh: true });
  const label = t(active ? 'account.users.deactivate' : 'account.users.reactivate');
  function onClick() {
    const said = t(active ? 'account.users.deactivated' : 'account.users.reactivated', { name });
    const input = { userId: id };
    void (active ? result.run(Deactivate, { input }, said) : result.run(Reactivate, { input }, said));
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={onClick}
        aria-label={`${label}: ${name}`}
        disabled={result.busy}
      >
        {label}
      </button>
      <MutationAlert result={result} />
    </>
  );
}

/**
 * Resend (new link) or revoke a pending invitation. The list is refreshed on the server, or, on a
 * page that lists invitations in the browser, by its `refetch` documents.
 */
export function InvitationActions({
  id,
  email,
  refetch,
}: {
  id: string;
  email: string;
  refetch?: readonly DocumentNode[];
}) {
  const t = useT();
  const result = useMutationResult({ refetch, refresh: !refetch });
  const input = { invitationId: id };
  return (
    <>
      <span className="inline-list">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => result.run(Resend, { input }, t('account.invitations.resent', { email }))}
          aria-label={`${t('account.invitations.resend')}: ${email}`}
          disabled={result.busy}
        >
          {t('account.invitations.resend')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => result.run(Revoke, { input }, t('account.invitations.revoked', { email }))}
          aria-label={`${t('account.invitations.revoke')}: ${email}`}
          disabled={result.busy}
        >
          {t('account.invitations.revoke')}
        </button>
      </span>
      <MutationAlert result={result} />
    </>
  );
}
