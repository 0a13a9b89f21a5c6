'use client';

import { type FormEvent, useState } from 'react';
import { graphql } from '../gql';
import type { MemberRole } from '../gql/graphql';
import { useAppQuery } from '../lib/apollo/use-app-query';
import { useT } from '../lib/i18n/client';
import { FormField } from './form-field';
import { memberAndFeeDocuments } from './partnership-documents';
import { SelectField } from './select-field';
import { MutationAlert } from './ui/mutation-alert';
import { fieldFailure } from './ui/mutation-failure';
import { useMutationResult } from './ui/use-mutation-result';

const OrganisationOptionsQuery = graphql(`
  query OrganisationOptions($search: String) {
    organisations(first: 50, search: $search) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

const AddMemberMutation = graphql(`
  mutation AddPartnershipMember($input: AddPartnershipMemberInput!) {
    addPartnershipMember(input: $input) {
      __typename
      ... on AddPartnershipMemberSuccess {
        member {
          id
          organisation {
            id
            name
          }
        }
      }
      ...MutationFailure
    }
  }
`);

const UpdateMemberMutation = graphql(`
  mutation UpdatePartnershipMember($input: UpdatePartnershipMemberInput!) {
    updatePartnershipMember(input: $input) {
      __typename
      ... on UpdatePartnershipMemberSuccess {
        member {
          id
          role
          contactName
          contactEmail
          contactPhone
          organisation {
            id
            name
          }
        }
      }
      ...MutationFailure
    }
  }
`);

/** The member being edited: its role changes, and a contact name given replaces its contact person. */
export type EditedMember = { id: string; role: MemberRole; organisation: { name: string } };

const roles: MemberRole[] = [
  'VOLUNTARY_ASSOCIATION',
  'LEAD',
  'PARTNER',
  'MUNICIPALITY',
  'HOUSING_ORGANISATION',
  'OTHER',
];
const fields = ['organisationId', 'role', 'contactName', 'contactEmail', 'contactPhone'] as const;

/** Adds a member, or edits `member` (role and contact person) when given. */
export function AddMemberForm({
  partnershipId,
  onAdded,
  member,
  onCancel,
}: {
  partnershipId: string;
  onAdded: (name: string) => void;
  member?: EditedMember | null;
  onCancel?: () => void;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { data, previousData } = useAppQuery(OrganisationOptionsQuery, {
    variables: { search: search.trim() || null },
  });
  // Both lists and the server-rendered header (counts) show the change.
  const result = useMutationResult({ fields, refetch: memberAndFeeDocuments, refresh: true });
  const { errors, busy: loading } = result;
  const options = (data ?? previousData)?.organisations.edges.map((e) => e.node) ?? [];

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (key: string) => String(form.get(key) ?? '').trim() || null;
    if (member) {
      const updated = await result.run(UpdateMemberMutation, {
        input: {
          id: member.id,
          role: String(form.get('role')) as MemberRole,
          contactName: text('contactName'),
          contactEmail: text('contactEmail'),
          contactPhone: text('contactPhone'),
        },
      });
      if (updated.ok) onAdded(updated.data.member.organisation.name);
      return;
    }
    const organisationId = text('organisationId');
    if (!organisationId) return result.fail(fieldFailure({ organisationId: t('form.required') }, t));
    const input = {
      partnershipId,
      organisationId,
      role: String(form.get('role')) as MemberRole,
      contactName: text('contactName'),
      contactEmail: text('contactEmail'),
      contactPhone: text('contactPhone'),
    };
    const added = await result.run(AddMemberMutation, { input });
    if (added.ok) {
      formElement.reset();
      setSearch('');
      onAdded(added.data.member.organisation.name);
    }
  }

  return (
    <form className="form form--boxed" onSubmit={onSubmit} noValidate aria-labelledby="add-member-title">
      <h3 id="add-member-title">
        {member
          ? t('partnership.member.editTitle', { name: member.organisation.name })
          : t('partnership.member.addTitle')}
      </h3>
      <MutationAlert result={result} />
      {!member && (
        <>
          <FormField
            name="organisationSearch"
            type="search"
            label={t('partnership.member.findOrganisation')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            autoComplete="off"
          />
          <SelectField
            name="organisationId"
            label={t('partnership.member.chooseOrganisation')}
            error={errors.organisationId}
            required
          >
            <option value="">{t('admin.choose')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({t(`orgKind.${o.kind}`)})
              </option>
            ))}
          </SelectField>
        </>
      )}
      <SelectField
        name="role"
        label={t('partnership.member.role')}
        error={errors.role}
        defaultValue={member?.role}
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`memberRole.${r}`)}
          </option>
        ))}
      </SelectField>
      <FormField
        name="contactName"
        type="text"
        label={member ? t('partnership.member.newContact') : t('partnership.member.contactName')}
        error={errors.contactName}
      />
      <FormField
        name="contactEmail"
        type="email"
        label={t('partnership.member.contactEmail')}
        error={errors.contactEmail}
      />
      <FormField
        name="contactPhone"
        type="tel"
        label={t('partnership.member.contactPhone')}
        error={errors.contactPhone}
      />
      <div className="form__actions">
        <button type="submit" className="button" disabled={loading}>
          {loading ? t('pform.saving') : member ? t('pform.save') : t('partnership.member.submit')}
        </button>
        {member && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('admin.cancelEdit')}
          </button>
        )}
      </div>
    </form>
  );
}
