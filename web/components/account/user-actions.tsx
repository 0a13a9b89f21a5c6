'use client';

import { useMutation } from '@apollo/client/react';
import { useRouter } from 'next/navigation';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormMessages, useFormResult } from '../admin/use-form-result';

const Deactivate = graphql(`
  mutation DeactivateUser($input: UserStatusInput!) {
    deactivateUser(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);
const Reactivate = graphql(`
  mutation ReactivateUser($input: UserStatusInput!) {
    reactivateUser(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);
const Resend = graphql(`
  mutation ResendInvitation($input: InvitationIdInput!) {
    resendInvitation(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);
const Revoke = graphql(`
  mutation RevokeInvitation($input: InvitationIdInput!) {
    revokeInvitation(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

/** Deactivate or reactivate one user; the list re-renders on the server afterwards. */
export function UserStatusButton({ id, name, active }: { id: string; name: string; active: boolean }) {
  const t = useT();
  const router = useRouter();
  const result = useFormResult([]);
  const [deactivate, d] = useMutation(Deactivate);
  const [reactivate, r] = useMutation(Reactivate);
  async function onClick() {
    const input = { userId: id };
    const payload = active
      ? (await deactivate({ variables: { input } }).catch(() => null))?.data?.deactivateUser
      : (await reactivate({ variables: { input } }).catch(() => null))?.data?.reactivateUser;
    const ok = result.handle(
      payload,
      active ? 'DeactivateUserSuccess' : 'ReactivateUserSuccess',
      t(active ? 'account.users.deactivated' : 'account.users.reactivated', { name }),
    );
    if (ok) router.refresh();
  }
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={onClick}
        aria-label={`${t(active ? 'account.users.deactivate' : 'account.users.reactivate')}: ${name}`}
        disabled={d.loading || r.loading}
      >
        {t(active ? 'account.users.deactivate' : 'account.users.reactivate')}
      </button>
      <FormMessages result={result} />
    </>
  );
}

/** Resend (new link) or revoke a pending invitation. */
export function InvitationActions({ id, email }: { id: string; email: string }) {
  const t = useT();
  const router = useRouter();
  const result = useFormResult([]);
  const [resend, rs] = useMutation(Resend);
  const [revoke, rv] = useMutation(Revoke);
  async function run(kind: 'resend' | 'revoke') {
    const input = { invitationId: id };
    const payload =
      kind === 'resend'
        ? (await resend({ variables: { input } }).catch(() => null))?.data?.resendInvitation
        : (await revoke({ variables: { input } }).catch(() => null))?.data?.revokeInvitation;
    const ok = result.handle(
      payload,
      kind === 'resend' ? 'ResendInvitationSuccess' : 'RevokeInvitationSuccess',
      t(kind === 'resend' ? 'account.invitations.resent' : 'account.invitations.revoked', { email }),
    );
    if (ok && kind === 'revoke') router.refresh();
  }
  return (
    <>
      <span className="inline-list">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => run('resend')}
          aria-label={`${t('account.invitations.resend')}: ${email}`}
          disabled={rs.loading}
        >
          {t('account.invitations.resend')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => run('revoke')}
          aria-label={`${t('account.invitations.revoke')}: ${email}`}
          disabled={rv.loading}
        >
          {t('account.invitations.revoke')}
        </button>
      </span>
      <FormMessages result={result} />
    </>
  );
}
