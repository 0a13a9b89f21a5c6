'use client';

import { useState } from 'react';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { PartnershipBridgeFiguresQuery, PartnershipMembersQuery } from '../partnership-documents';
import { SelectField } from '../select-field';
import { BridgeFiguresTable } from './bridge-figures';

/** The day after a date (yyyy-mm-dd): the API's period ends before `to`, the form's on it. */
const dayAfter = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
};

/** The figures for a period of referral and one member organisation: counts only, suppressed. */
export function PartnershipBridgeFigures({ partnershipId, slug }: { partnershipId: string; slug: string }) {
  const t = useT();
  // The organisations to filter by come from the members section's own query (shared cache): a
  // second, smaller selection of the same connection would overwrite its page in the cache.
  const members = useAppQuery(PartnershipMembersQuery, { variables: { slug } }).data?.partnership?.members
    .edges;
  const [association, setAssociation] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const valid = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day);
  const { data, previousData, loading, error } = useAppQuery(PartnershipBridgeFiguresQuery, {
    variables: {
      id: partnershipId,
      association: association || null,
      from: valid(from) ? from : null,
      to: valid(to) ? dayAfter(to) : null,
    },
  });
  const node = (data ?? previousData)?.node;
  const p = node && 'bridgeFigures' in node ? node : null;
  const reversed = valid(from) && valid(to) && to < from;
  return (
    <>
      <fieldset className="bridge-filters" aria-busy={loading}>
        <legend>{t('bridge.filters')}</legend>
        <SelectField
          name="association"
          label={t('bridge.association')}
          value={association}
          onChange={(e) => setAssociation(e.target.value)}
        >
          <option value="">{t('bridge.allOrganisations')}</option>
          {members?.map(({ node: m }) => (
            <option key={m.id} value={m.organisation.id}>
              {m.organisation.name}
            </option>
          ))}
        </SelectField>
        <FormField
          name="from"
          type="date"
          label={t('bridge.from')}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <FormField
          name="to"
          type="date"
          label={t('bridge.to')}
          value={to}
          min={from || undefined}
          error={reversed ? t('bridge.reversed') : undefined}
          onChange={(e) => setTo(e.target.value)}
        />
      </fieldset>
      {loading && !p && <p aria-live="polite">{t('bridge.loading')}</p>}
      {error && <p role="alert">{t('bridge.error')}</p>}
      {p && <BridgeFiguresTable figures={p.bridgeFigures} caption={t('bridge.title')} />}
    </>
  );
}
