'use client';

import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { kronerInput } from '../../lib/kroner';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { kronerFields } from '../ui/kroner-fields';
import { useMutationResult } from '../ui/use-mutation-result';
import { AdminForm } from './admin-form';
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

  async function save(f: FormData) {
    const amounts = kronerFields({ budget: String(f.get('budget') ?? '') }, t);
    if (amounts.failure) {
      result.fail(amounts.failure);
      return false;
    }
    const input = {
      ...(round ? { id: round.id } : {}),
      poolId: String(f.get('poolId') ?? ''),
      name: String(f.get('name') ?? '').trim(),
      year: Number(f.get('year')) || 0,
      budget: amounts.ore.budget,
    };
    return (await result.run(SaveRound, { input }, t('pform.saved'))).ok;
  }

  return (
    <AdminForm
      id="admin-round"
      title={round ? t('admin.round.edit', { name: round.name }) : t('admin.round.new')}
      result={result}
      editing={!!round}
      onCancel={onCancel}
      save={save}
      onSaved={onSaved}
    >
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
    </AdminForm>
  );
}
