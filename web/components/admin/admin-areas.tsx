'use client';

import { type ChangeEvent, useState } from 'react';
import { graphql } from '../../gql';
import type { AdminAreaFragment as Area, AreaListing } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { useMutationResult } from '../ui/use-mutation-result';
import { AdminForm } from './admin-form';
import { AdminSearchList } from './admin-list';

export const AdminAreaFragment = graphql(`
  fragment AdminArea on Area {
    id
    name
    description
    listing
    municipality {
      id
      name
    }
  }
`);

const AdminAreasQuery = graphql(`
  query AdminAreas($search: String, $after: String) {
    areas(first: 20, search: $search, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminArea
        }
      }
    }
  }
`);

const SaveAreaMutation = graphql(`
  mutation SaveArea($input: SaveAreaInput!) {
    saveArea(input: $input) {
      __typename
      ... on SaveAreaSuccess {
        area {
          ...AdminArea
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = ['name', 'slug', 'description', 'listing', 'boundary'] as const;

/** The areas: a searchable list with "Rediger", and one form that creates or edits. */
export function AdminAreas() {
  const t = useT();
  const [search, setSearch] = useState('');
  const [editing, setEditing] = useState<Area | null>(null);
  const { data, loading, error, refetch, fetchMore } = useAppQuery(AdminAreasQuery, {
    variables: { search: search.trim() || null },
  });
  const list = data?.areas;
  const areas = list?.edges.map((e) => e.node) ?? [];
  return (
    <div className="admin-grid">
      <AreaForm
        key={editing?.id ?? 'new'}
        area={editing}
        onDone={() => setEditing(null)}
        onSaved={() => refetch()}
      />
      <AdminSearchList
        id="admin-area-list"
        count={list?.totalCount ?? 0}
        searchName="adminAreaSearch"
        searchLabel={t('partnerships.search')}
        search={search}
        onSearch={setSearch}
        loaded={!!list}
        loading={loading}
        error={error}
        items={areas}
        emptyText={t('admin.empty')}
        detail={(a) => a.municipality.name}
        onEdit={setEditing}
        onMore={
          list?.pageInfo.hasNextPage
            ? () => fetchMore({ variables: { after: list.pageInfo.endCursor } })
            : undefined
        }
      />
    </div>
  );
}

type FormProps = { area: Area | null; onDone: () => void; onSaved: () => void };

/**
 * Creates an area, or edits `area` (prefilled) when given. Areas come from GeoJSON (pasted or
 * uploaded), never drawn: the API validates it per RFC 7946. When editing, an empty GeoJSON keeps
 * the current boundary.
 */
function AreaForm({ area, onDone, onSaved }: FormProps) {
  const t = useT();
  const result = useMutationResult({ fields });
  const [geojson, setGeojson] = useState('');

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file) setGeojson(await file.text());
  }

  async function save(form: FormData) {
    const listing = String(form.get('listing') ?? '');
    const input = {
      ...(area ? { id: area.id } : {}),
      name: String(form.get('name') ?? '').trim(),
      description: String(form.get('description') ?? '').trim() || null,
      listing: listing ? (listing as AreaListing) : null,
      boundary: area && !geojson.trim() ? null : geojson,
    };
    const saved = await result.run(SaveAreaMutation, { input }, ({ area: a }) =>
      t('admin.area.saved', { name: a.name, municipality: a.municipality.name }),
    );
    if (saved.ok) {
      onSaved();
      setGeojson('');
    }
    return saved.ok;
  }

  const boundaryError = result.errors.boundary;
  return (
    <AdminForm
      id={area ? 'admin-area-edit' : 'admin-area-new'}
      title={area ? t('admin.area.edit', { name: area.name }) : t('admin.area.new')}
      result={result}
      editing={!!area}
      onCancel={onDone}
      save={save}
    >
      <FormField
        name="name"
        type="text"
        label={t('pform.name')}
        required
        defaultValue={area?.name}
        error={result.errors.name}
      />
      <FormField
        name="description"
        type="text"
        label={t('pform.description')}
        defaultValue={area?.description}
        error={result.errors.description}
      />
      <SelectField
        name="listing"
        label={t('admin.area.listing')}
        defaultValue={area?.listing ?? ''}
        error={result.errors.listing}
      >
        <option value="">{t('admin.area.none')}</option>
        {(['VULNERABLE', 'PREVENTION', 'TRANSFORMATION'] as const).map((l) => (
          <option key={l} value={l}>
            {t(`listing.${l}`)}
          </option>
        ))}
      </SelectField>
      <div className="field">
        <label htmlFor="field-boundary">{t('admin.area.geojson')}</label>
        <p className="hint" id="field-boundary-hint">
          {t('admin.area.geojsonHint')}
          {area && ` ${t('admin.area.keepBoundary')}`}
        </p>
        {boundaryError && (
          <p className="field-error" id="field-boundary-error">
            {boundaryError}
          </p>
        )}
        <textarea
          id="field-boundary"
          name="boundary"
          rows={8}
          value={geojson}
          onChange={(e) => setGeojson(e.target.value)}
          aria-invalid={boundaryError ? true : undefined}
          aria-describedby={`field-boundary-hint${boundaryError ? ' field-boundary-error' : ''}`}
          spellCheck={false}
        />
      </div>
      <div className="field">
        <label htmlFor="field-boundary-file">{t('admin.area.file')}</label>
        <input
          id="field-boundary-file"
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={onFile}
        />
      </div>
    </AdminForm>
  );
}
