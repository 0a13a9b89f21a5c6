'use client';

import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { kronerInput } from '../../lib/kroner';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { kronerFields } from '../ui/kroner-fields';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { FormActions } from './form-actions';
import type { Pool, Round } from './funding-types';

const SaveRound = graphql(`
  mutation AdminSaveRound($input: FundingRoundInput!) {
    saveFundingRound(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);
/** Creates a round in one of `pools`, or edits `round` (prefilled; re-mount it by key to switch). */
export function FundingRoundForm({
  round,
  pools,
  onCancel,
  onSaved,
}: {
  round: Round | null;
  pools: Pool[];
  onCancel: () => void;
  onSaved: () => Promise<unknown>;
}) {
  const t = useT();
  const result = useMutationResult({ fields: ['poolId', 'name', 'year', 'budget'] });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const el = event.currentTarget;
    const f = new FormData(el);
    const amounts = kronerFields({ budget: String(f.get('budget') ?? '') }, t);
    if (amounts.failure) return result.fail(amounts.failure);
    const input = {
      ...(round ? { id: round.id } : {}),
      poolId: String(f.get('poolId') ?? ''),
      name: String(f.get('name') ?? '').trim(),
      year: Number(f.get('year')) || 0,
      budget: amounts.ore.budget,
    };
    if ((await result.run(SaveRound, { input }, t('pform.saved'))).ok) {
      if (!round) el.reset();
      await onSaved();
    }
  }

  return (
    <form className="form form--boxed" onSubmit={onSubmit} noValidate aria-labelledby="admin-round">
      <h3 id="admin-round">{round ? t('admin.round.edit', { name: round.name }) : t('admin.round.new')}</h3>
      <MutationAlert result={result} />
      <SelectField
        name="poolId"
        label={t('admin.round.pool')}
        error={result.errors.poolId}
        defaultValue={round?.poolId}
      >
        {pools.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <FormField
        name="name"
        type="text"
        label={t('pform.name')}
        error={result.errors.name}
        defaultValue={round?.name}
        required
      />
      <FormField
        name="year"
        type="number"
        label={t('admin.round.year')}
        error={result.errors.year}
        defaultValue={round?.year}
        required
      />
      <FormField
        name="budget"
        type="text"
        inputMode="decimal"
        label={t('admin.round.budget')}
        error={result.errors.budget}
        defaultValue={kronerInput(round?.budget)}
        required
      />
      <FormActions editing={!!round} onCancel={onCancel} />
    </form>
  );
}
