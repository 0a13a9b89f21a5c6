'use client';

import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import type { AdminOrganisationFragment as Organisation, OrganisationKind } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { AdminSearchList, type EditingTitle } from './admin-list';
import { FormActions } from './form-actions';

export const AdminOrganisationFragment = graphql(`
  fragment AdminOrganisation on Organisation {
    id
    name
    kind
    cvr
    address
    website
    email
    phone
    municipality {
      id
      code
      name
    }
  }
`);

const AdminOrganisationsQuery = graphql(`
  query AdminOrganisations($search: String, $after: String) {
    organisations(first: 20, search: $search, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminOrganisation
        }
      }
    }
  }
`);

const SaveOrganisationMutation = graphql(`
  mutation SaveOrganisation($input: SaveOrganisationInput!) {
    saveOrganisation(input: $input) {
      __typename
      ... on SaveOrganisationSuccess {
        organisation {
          ...AdminOrganisation
        }
      }
      ...MutationFailure
    }
  }
`);

export const organisationKinds: OrganisationKind[] = [
  'VOLUNTARY_ASSOCIATION',
  'HOUSING_ORGANISATION',
  'MUNICIPALITY',
  'REGION',
  'VOLUNTEER_CENTRE',
  'EDUCATION_INSTITUTION',
  'CULTURE_INSTITUTION',
  'BUSINESS',
  'OTHER',
];
const fields = ['name', 'kind', 'cvr', 'municipalityCode', 'address', 'website', 'email', 'phone'] as const;

/** The organisations: a searchable list with "Rediger", and one form that creates or edits. */
export function AdminOrganisations() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Organisation | null>(null);
  const { data, loading, error, refetch, fetchMore } = useAppQuery(AdminOrganisationsQuery, {
    variables: { search: search.trim() || null },
  });
  const list = data?.organisations;
  const organisations = list?.edges.map((e) => e.node) ?? [];

  return (
    <div className="admin-grid">
      <OrganisationForm
        key={editing?.id ?? 'new'}
        organisation={editing}
        onDone={() => setEditing(null)}
        onSaved={() => refetch()}
      />
      <AdminSearchList
        id="admin-org-list"
        count={list?.totalCount ?? 0}
        searchName="adminOrgSearch"
        searchLabel={t('orgs.search')}
        search={search}
        onSearch={setSearch}
        loaded={!!list}
        loading={loading}
        error={error}
        items={organisations}
        emptyText={t('orgs.empty')}
        detail={(o) => [t(`orgKind.${o.kind}`), o.cvr].filter(Boolean).join(' · ')}
        onEdit={setEditing}
        onMore={
          list?.pageInfo.hasNextPage
            ? () =>
                fetchMore({
                  variables: { after: list.pageInfo.endCursor },
                  updateQuery: appendPage(['organisations']),
                })
            : undefined
        }
      />
    </div>
  );
}

type FormProps = { organisation: Organisation | null; onDone: () => void; onSaved: () => void };

/** Creates an organisation, or edits `organisation` (prefilled) when given. */
function OrganisationForm({ organisation, onDone, onSaved }: FormProps) {
  const t = useT();
  const result = useMutationResult({ fields });
  const loading = result.busy;
  const title: EditingTitle = organisation
    ? { id: 'admin-org-edit', text: t('admin.org.edit', { name: organisation.name }) }
    : { id: 'admin-org-new', text: t('admin.org.new') };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (k: string) => String(form.get(k) ?? '').trim() || null;
    const input = {
      ...(organisation ? { id: organisation.id } : {}),
      name: text('name') ?? '',
      kind: String(form.get('kind')) as OrganisationKind,
      cvr: text('cvr'),
      municipalityCode: text('municipalityCode'),
      address: text('address'),
      website: text('website'),
      email: text('email'),
      phone: text('phone'),
    };
    if ((await result.run(SaveOrganisationMutation, { input }, t('pform.saved'))).ok) {
      onSaved();
      if (!organisation) formElement.reset();
    }
  }

  const o = organisation;
  return (
    <form className="form form--boxed" onSubmit={onSubmit} noValidate aria-labelledby={title.id}>
      <h3 id={title.id}>{title.text}</h3>
      <MutationAlert result={result} />
      <FormField
        name="name"
        type="text"
        label={t('pform.name')}
        required
        defaultValue={o?.name}
        error={result.errors.name}
      />
      <SelectField name="kind" label={t('orgs.kind')} defaultValue={o?.kind} error={result.errors.kind}>
        {organisationKinds.map((k) => (
          <option key={k} value={k}>
            {t(`orgKind.${k}`)}
          </option>
        ))}
      </SelectField>
      <FormField
        name="cvr"
        type="text"
        inputMode="numeric"
        label={t('admin.org.cvr')}
        defaultValue={o?.cvr ?? ''}
        error={result.errors.cvr}
      />
      <FormField
        name="municipalityCode"
        type="text"
        inputMode="numeric"
        label={t('admin.org.municipalityCode')}
        defaultValue={o?.municipality?.code ?? ''}
        error={result.errors.municipalityCode}
      />
      <FormField
        name="address"
        type="text"
        label={t('admin.org.address')}
        defaultValue={o?.address ?? ''}
        error={result.errors.address}
      />
      <FormField
        name="website"
        type="text"
        label={t('admin.org.website')}
        defaultValue={o?.website ?? ''}
        error={result.errors.website}
      />
      <FormField
        name="email"
        type="email"
        label={t('admin.org.email')}
        defaultValue={o?.email ?? ''}
        error={result.errors.email}
      />
      <FormField
        name="phone"
        type="tel"
        label={t('admin.org.phone')}
        defaultValue={o?.phone ?? ''}
        error={result.errors.phone}
      />
      <FormActions editing={!!organisation} onCancel={onDone} loading={loading} />
    </form>
  );
}
