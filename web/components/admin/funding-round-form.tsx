'use client';

import { useMutation } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { kronerInput, oreFromKroner } from '../../lib/kroner';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { FormActions } from './form-actions';
import type { Pool, Round } from './funding-types';
import { FormMessages, useFormResult } from './use-form-result';

const SaveRound = graphql(`
  mutation AdminSaveRound($input: FundingRoundInput!) {
    saveFundingRound(input: $input) {
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
  const [saveRound] = useMutation(SaveRound);
  const result = useFormResult(['poolId', 'name', 'year', 'budget']);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const el = event.currentTarget;
    const f = new FormData(el);
    const input = {
      ...(round ? { id: round.id } : {}),
      poolId: String(f.get('poolId') ?? ''),
      name: String(f.get('name') ?? '').trim(),
      year: Number(f.get('year')) || 0,
      budget: oreFromKroner(String(f.get('budget') ?? '')),
    };
    const r = await saveRound({ variables: { input } }).catch(() => null);
    if (result.handle(r?.data?.saveFundingRound, 'SaveFundingRoundSuccess', t('pform.saved'))) {
      if (!round) el.reset();
      await onSaved();
    }
  }

  return (
    <form className="form form--boxed" onSubmit={onSubmit} noValidate aria-labelledby="admin-round">
      <h3 id="admin-round">{round ? t('admin.round.edit', { name: round.name }) : t('admin.round.new')}</h3>
      <FormMessages result={result} />
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
