'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import type { AdminOrganisationFragment as Organisation, OrganisationKind } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { useMutationResult } from '../ui/use-mutation-result';
import { AdminForm } from './admin-form';
import { AdminSearchList } from './admin-list';

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

  async function save(form: FormData) {
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
    return (await result.run(SaveOrganisationMutation, { input }, t('pform.saved'))).ok;
  }

  const o = organisation;
  return (
    <AdminForm
      id={o ? 'admin-org-edit' : 'admin-org-new'}
      title={o ? t('admin.org.edit', { name: o.name }) : t('admin.org.new')}
      result={result}
      editing={!!o}
      onCancel={onDone}
      save={save}
      onSaved={onSaved}
    >
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
    </AdminForm>
  );
}
