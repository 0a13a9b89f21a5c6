'use client';

import type { DocumentNode } from '@apollo/client';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import type { UserRole } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const Invite = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

type Option = { id: string; name: string };
/** A member organisation's contact person, offered when that organisation is chosen. */
export type Contact = { name: string | null; email: string | null };
const roles: UserRole[] = ['COORDINATOR', 'ADMIN', 'MINISTRY', 'VOLUNTEER'];
const fields = ['email', 'name', 'role', 'organisationId', 'partnershipId'] as const;

/**
 * Invite by e-mail in one step. An administrator picks role, organisation and partnership; a
 * coordinator (fixedPartnershipId) invites a contact person of one of the member organisations.
 */
export function InviteForm({
  organisations,
  partnerships,
  fixedPartnershipId,
  refetch,
  contacts = {},
}: {
  organisations: Option[];
  partnerships: Option[];
  fixedPartnershipId?: string;
  /** Organisation id → its contact person, filled into empty name and e-mail fields when chosen. */
  contacts?: Record<string, Contact>;
  /** Client queries listing invitations; without them the server-rendered page is refreshed. */
  refetch?: readonly DocumentNode[];
}) {
  const t = useT();
  const result = useMutationResult({ fields, refetch, refresh: !refetch });
  const [role, setRole] = useState<UserRole>('COORDINATOR');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const input = {
      email: text('email'),
      name: text('name'),
      role: fixedPartnershipId ? ('COORDINATOR' as const) : role,
      locale: text('locale') || 'da',
      organisationId: text('organisationId') || null,
      partnershipId: fixedPartnershipId ?? (text('partnershipId') || null),
    };
    const sent = t('account.invite.sent', { email: input.email });
    if ((await result.run(Invite, { input }, sent)).ok) element.reset();
  }

  function offerContact(select: HTMLSelectElement) {
    const contact = contacts[select.value];
    for (const key of ['name', 'email'] as const) {
      const input = select.form?.elements.namedItem(key);
      if (contact?.[key] && input instanceof HTMLInputElement && !input.value) input.value = contact[key];
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
      <FormField
        name="name"
        type="text"
        label={t('account.invite.name')}
        required
        error={result.errors.name}
      />
      <FormField name="email" type="email" label={t('form.email')} required error={result.errors.email} />
      {!fixedPartnershipId && (
        <SelectField
          name="role"
          label={t('account.invite.role')}
          value={role}
          onChange={(e) => setRole(e.target.value as UserRole)}
          error={result.errors.role}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField
        name="organisationId"
        label={t('account.invite.organisation')}
        error={result.errors.organisationId}
        required={Boolean(fixedPartnershipId)}
        onChange={(e) => offerContact(e.currentTarget)}
      >
        <option value="">
          {t(fixedPartnershipId ? 'account.invite.chooseOrganisation' : 'account.invite.noOrganisation')}
        </option>
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      {!fixedPartnershipId && role === 'COORDINATOR' && (
        <SelectField
          name="partnershipId"
          label={t('account.invite.partnership')}
          error={result.errors.partnershipId}
        >
          <option value="">{t('account.invite.noPartnership')}</option>
          {partnerships.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField name="locale" label={t('account.invite.language')} defaultValue="da">
        <option value="da">Dansk</option>
        <option value="en">English</option>
      </SelectField>
      <button type="submit" className="button" disabled={result.busy}>
        {result.busy ? t('account.loading') : t('account.invite.submit')}
      </button>
    </form>
  );
}
