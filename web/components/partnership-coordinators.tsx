'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { graphql } from '../gql';
import { useT } from '../lib/i18n/client';
import { FormMessages, useFormResult } from './admin/use-form-result';
import { FormField } from './form-field';
import { SelectField } from './select-field';

const PartnershipCoordinatorsQuery = graphql(`
  query PartnershipCoordinators($slug: String!, $search: String) {
    partnership(slug: $slug) {
      id
      coordinators {
        id
        name
        email
      }
    }
    users(first: 50, search: $search) {
      edges {
        node {
          id
          name
          email
          role
        }
      }
    }
  }
`);

const AddCoordinator = graphql(`
  mutation AddPartnershipCoordinator($input: PartnershipCoordinatorInput!) {
    addPartnershipCoordinator(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
    }
  }
`);

const RemoveCoordinator = graphql(`
  mutation RemovePartnershipCoordinator($input: PartnershipCoordinatorInput!) {
    removePartnershipCoordinator(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

/** Admins only: who coordinates the partnership, with add and remove. */
export function PartnershipCoordinators({ partnershipId, slug }: { partnershipId: string; slug: string }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { data, previousData, loading, refetch } = useQuery(PartnershipCoordinatorsQuery, {
    variables: { slug, search: search.trim() || null },
  });
  const [add, addState] = useMutation(AddCoordinator);
  const [remove] = useMutation(RemoveCoordinator);
  const result = useFormResult(['userId']);
  const shown = data ?? previousData;
  const coordinators = shown?.partnership?.coordinators ?? [];
  const candidates =
    shown?.users.edges
      .map((e) => e.node)
      .filter(
        (u) => (u.role === 'COORDINATOR' || u.role === 'ADMIN') && !coordinators.some((c) => c.id === u.id),
      ) ?? [];

  async function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const userId = String(new FormData(event.currentTarget).get('userId') ?? '');
    const name = candidates.find((u) => u.id === userId)?.name ?? '';
    const response = await add({ variables: { input: { partnershipId, userId } } }).catch(() => null);
    const ok = result.handle(
      response?.data?.addPartnershipCoordinator,
      'AddPartnershipCoordinatorSuccess',
      t('partnership.coordinator.added', { name }),
    );
    if (ok) await refetch();
  }

  async function onRemove(userId: string, name: string) {
    const response = await remove({ variables: { input: { partnershipId, userId } } }).catch(() => null);
    const ok = result.handle(
      response?.data?.removePartnershipCoordinator,
      'RemovePartnershipCoordinatorSuccess',
      t('partnership.coordinator.removed', { name }),
    );
    if (ok) await refetch();
  }

  return (
    <section aria-labelledby="partnership-coordinators" className="partnership-section" aria-busy={loading}>
      <h2 id="partnership-coordinators">{t('partnership.coordinatorsTitle')}</h2>
      {loading && !shown ? (
        <p role="status">{t('partnerships.loading')}</p>
      ) : coordinators.length === 0 ? (
        <p className="status">{t('partnership.coordinatorsEmpty')}</p>
      ) : (
        <ul className="admin-list__items">
          {coordinators.map((c) => (
            <li key={c.id}>
              <span>
                {c.name} <span className="muted">{c.email}</span>
              </span>
              <button type="button" className="link-button" onClick={() => onRemove(c.id, c.name)}>
                {t('partnership.coordinator.remove', { name: c.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form form--boxed" onSubmit={onAdd} noValidate aria-labelledby="add-coordinator-title">
        <h3 id="add-coordinator-title">{t('partnership.coordinator.add')}</h3>
        <FormMessages result={result} />
        <FormField
          name="coordinatorSearch"
          type="search"
          label={t('partnership.coordinator.search')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
        />
        <SelectField name="userId" label={t('partnership.coordinator.user')} error={result.errors.userId}>
          <option value="">{t('admin.choose')}</option>
          {candidates.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button" disabled={addState.loading}>
          {t('partnership.coordinator.add')}
        </button>
      </form>
    </section>
  );
}
