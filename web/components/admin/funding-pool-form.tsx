'use client';

import { graphql } from '../../gql';
import type { FundingStream } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { useMutationResult } from '../ui/use-mutation-result';
import { AdminForm } from './admin-form';
import type { Pool } from './funding-types';

const SavePool = graphql(`
  mutation AdminSavePool($input: FundingPoolInput!) {
    saveFundingPool(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);
const streams: FundingStream[] = ['LOCAL_PARTNERSHIPS', 'HOUSING_SOCIAL_PLAN', 'OTHER'];

/** Creates a funding pool, or edits `pool` (prefilled; re-mount it by key to switch). */
export function FundingPoolForm({
  pool,
  onCancel,
  onSaved,
}: {
  pool: Pool | null;
  onCancel: () => void;
  onSaved: () => Promise<unknown>;
}) {
  const t = useT();
  const result = useMutationResult({ fields: ['name', 'stream', 'funderName', 'financeAccount'] });

  async function save(f: FormData) {
    const input = {
      ...(pool ? { id: pool.id } : {}),
      name: String(f.get('name') ?? '').trim(),
      stream: String(f.get('stream')) as FundingStream,
      funderName: String(f.get('funderName') ?? '').trim(),
      financeAccount: String(f.get('financeAccount') ?? '').trim() || null,
    };
    return (await result.run(SavePool, { input }, t('pform.saved'))).ok;
  }

  return (
    <AdminForm
      id="admin-pool"
      title={pool ? t('admin.pool.edit', { name: pool.name }) : t('admin.pool.new')}
      result={result}
      editing={!!pool}
      onCancel={onCancel}
      save={save}
      onSaved={onSaved}
    >
      <FormField
        name="name"
        type="text"
        label={t('pform.name')}
        error={result.errors.name}
        defaultValue={pool?.name}
        required
      />
      <SelectField
        name="stream"
        label={t('admin.pool.stream')}
        error={result.errors.stream}
        defaultValue={pool?.stream}
      >
        {streams.map((s) => (
          <option key={s} value={s}>
            {t(`stream.${s}`)}
          </option>
        ))}
      </SelectField>
      <FormField
        name="funderName"
        type="text"
        label={t('admin.pool.funder')}
        error={result.errors.funderName}
        defaultValue={pool?.funderName}
        required
      />
      <FormField
        name="financeAccount"
        type="text"
        label={t('admin.pool.account')}
        error={result.errors.financeAccount}
        defaultValue={pool?.financeAccount ?? ''}
      />
    </AdminForm>
  );
}
