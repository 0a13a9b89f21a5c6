'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import type { GrantStatus } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { kronerInput } from '../../lib/kroner';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { kronerFields } from '../ui/kroner-fields';
import { AdminForm } from './admin-form';
import type { Grant, Pool } from './funding-types';
import { SearchedSelect } from './searched-select';
import { statuses, type useSaveGrant } from './use-save-grant';

const RecipientOptionsQuery = graphql(`
  query RecipientOptions($search: String) {
    organisations(first: 50, search: $search) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const GrantPartnershipOptionsQuery = graphql(`
  query GrantPartnershipOptions($search: String) {
    partnerships(first: 50, search: $search) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Records a grant, or edits `grant` (prefilled): round, partnership, recipient, amount, status, period. */
export function GrantForm({
  grant,
  pools,
  save,
  onCancel,
}: {
  grant: Grant | null;
  pools: Pool[];
  save: ReturnType<typeof useSaveGrant>;
  onCancel: () => void;
}) {
  const t = useT();
  // Their own queries: typing a search must not reload (and reset) the other selects.
  const [recipientSearch, setRecipientSearch] = useState('');
  const recipients = useAppQuery(RecipientOptionsQuery, {
    variables: { search: recipientSearch.trim() || null },
  });
  const [partnershipSearch, setPartnershipSearch] = useState('');
  const partnerships = useAppQuery(GrantPartnershipOptionsQuery, {
    variables: { search: partnershipSearch.trim() || null },
  });
  const nodes = <T,>(connection: { edges: { node: T }[] } | undefined) =>
    connection?.edges.map((e) => e.node) ?? [];

  async function onSave(f: FormData) {
    const s = (k: string) => String(f.get(k) ?? '').trim();
    const status = s('status') as GrantStatus;
    // An empty "paid" keeps what was paid.
    const amounts = kronerFields(
      { amount: s('amount'), paid: s('paid') || kronerInput(grant?.paid ?? 0) },
      t,
    );
    if (amounts.failure) {
      save.result.fail(amounts.failure);
      return false;
    }
    return save.submit({
      ...(grant ? { id: grant.id, paid: amounts.ore.paid } : {}),
      roundId: s('roundId'),
      partnershipId: s('partnershipId'),
      recipientOrganisationId: s('recipientOrganisationId'),
      caseNumber: s('caseNumber'),
      amount: amounts.ore.amount,
      status,
      startsOn: s('startsOn') || null,
      endsOn: s('endsOn') || null,
      awardedOn: status === 'APPLIED' ? null : (grant?.awardedOn ?? s('startsOn')),
    });
  }

  return (
    <AdminForm
      key={grant?.id ?? 'new-grant'}
      id="admin-grant"
      title={grant ? t('admin.grant.edit', { caseNumber: grant.caseNumber }) : t('admin.grant.new')}
      result={save.result}
      editing={!!grant}
      onCancel={onCancel}
      save={onSave}
      saveLabel={grant ? undefined : t('admin.grant.new')}
    >
      <SelectField
        name="roundId"
        label={t('admin.grant.round')}
        error={save.result.errors.roundId}
        defaultValue={grant?.round.id}
      >
        <option value="">{t('admin.choose')}</option>
        {pools.flatMap((p) =>
          p.rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {p.name}: {r.name}
            </option>
          )),
        )}
      </SelectField>
      <SearchedSelect
        name="partnershipId"
        label={t('admin.grant.partnership')}
        searchLabel={t('admin.grant.findPartnership')}
        chooseText={t('admin.choose')}
        error={save.result.errors.partnershipId}
        current={grant?.partnership}
        options={nodes((partnerships.data ?? partnerships.previousData)?.partnerships)}
        search={partnershipSearch}
        onSearch={setPartnershipSearch}
      />
      <SearchedSelect
        name="recipientOrganisationId"
        label={t('admin.grant.recipient')}
        searchLabel={t('partnership.member.findOrganisation')}
        chooseText={t('admin.choose')}
        error={save.result.errors.recipientOrganisationId}
        current={grant?.recipientOrganisation}
        options={nodes((recipients.data ?? recipients.previousData)?.organisations)}
        search={recipientSearch}
        onSearch={setRecipientSearch}
      />
      <FormField
        name="caseNumber"
        type="text"
        label={t('admin.grant.caseNumber')}
        error={save.result.errors.caseNumber}
        defaultValue={grant?.caseNumber}
        required
      />
      <FormField
        name="amount"
        type="text"
        inputMode="decimal"
        label={t('admin.grant.amount')}
        error={save.result.errors.amount}
        defaultValue={kronerInput(grant?.amount)}
        required
      />
      {grant && (
        <FormField
          name="paid"
          type="text"
          inputMode="decimal"
          label={t('admin.grant.paid')}
          error={save.result.errors.paid}
          defaultValue={kronerInput(grant.paid)}
        />
      )}
      <SelectField
        name="status"
        label={t('admin.grant.status')}
        error={save.result.errors.status}
        defaultValue={grant?.status}
      >
        {(grant ? statuses : statuses.slice(0, 2)).map((s) => (
          <option key={s} value={s}>
            {t(`grantStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      <FormField
        name="startsOn"
        type="date"
        label={t('admin.grant.startsOn')}
        error={save.result.errors.startsOn}
        defaultValue={grant?.startsOn ?? ''}
        required
      />
      <FormField
        name="endsOn"
        type="date"
        label={t('admin.grant.endsOn')}
        error={save.result.errors.endsOn}
        defaultValue={grant?.endsOn ?? ''}
        required
      />
    </AdminForm>
  );
}
