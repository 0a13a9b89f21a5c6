'use client';

import { type FormEvent, useState } from 'react';
import { graphql } from '../gql';
import { useAppQuery } from '../lib/apollo/use-app-query';
import { useT } from '../lib/i18n/client';
import { FormField } from './form-field';
import { PartnershipCoordinatorsQuery } from './partnership-documents';
import { SelectField } from './select-field';
import { MutationAlert } from './ui/mutation-alert';
import { useMutationResult } from './ui/use-mutation-result';

const AddCoordinator = graphql(`
  mutation AddPartnershipCoordinator($input: PartnershipCoordinatorInput!) {
    addPartnershipCoordinator(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const RemoveCoordinator = graphql(`
  mutation RemovePartnershipCoordinator($input: PartnershipCoordinatorInput!) {
    removePartnershipCoordinator(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/** Admins only: who coordinates the partnership, with add and remove. */
export function PartnershipCoordinators({ partnershipId, slug }: { partnershipId: string; slug: string }) {
  const t = useT();
  const [search, setSearch] = useState('');
  const { data, previousData, loading } = useAppQuery(PartnershipCoordinatorsQuery, {
    variables: { slug, search: search.trim() || null },
  });
  const result = useMutationResult({ fields: ['userId'], refetch: [PartnershipCoordinatorsQuery] });
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
    await result.run(
      AddCoordinator,
      { input: { partnershipId, userId } },
      t('partnership.coordinator.added', { name }),
    );
  }

  async function onRemove(userId: string, name: string) {
    await result.run(
      RemoveCoordinator,
      { input: { partnershipId, userId } },
      t('partnership.coordinator.removed', { name }),
    );
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
        <MutationAlert result={result} />
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
        <button type="submit" className="button" disabled={result.busy}>
          {t('partnership.coordinator.add')}
        </button>
      </form>
    </section>
  );
}
