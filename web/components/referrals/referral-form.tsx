'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import type { Arena } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { CheckboxGroup } from '../checkbox-group';
import { FormField } from '../form-field';
import { arenas } from '../partnership-options';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { ageBands, barriers, channels, consentScopes, reasons, sources } from './options';

const GuidePartnershipsQuery = graphql(`
  query GuidePartnerships {
    myGuidePartnerships { id name areas { id name } }
  }
`);

const RecordReferralMutation = graphql(`
  mutation RecordReferral($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      __typename
      ... on RecordReferralSuccess { referral { id } }
      ...MutationFailure
    }
  }
`);

const fields = [
  'partnershipId',
  'areaId',
  'source',
  'firstName',
  'phone',
  'email',
  'preferredChannel',
  'ageBand',
  'reasons',
  'whatMatters',
  'arenas',
  'barriers',
  'consentScopes',
  'consentGivenOn',
] as const;

const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** A guide records a referral: the minimum about the citizen, and their consent. */
export function ReferralForm() {
  const t = useT();
  const router = useRouter();
  const { data, loading } = useAppQuery(GuidePartnershipsQuery);
  const result = useMutationResult({ fields });
  const { errors, busy: saving } = result;
  const partnerships = data?.myGuidePartnerships ?? [];
  const [partnershipId, setPartnershipId] = useState<string>('');
  const chosen = partnerships.find((p) => p.id === partnershipId) ?? partnerships[0];
  if (loading && !data) return <p aria-live="polite">{t('referrals.loading')}</p>;
  if (data && partnerships.length === 0) return <p>{t('referrals.notGuide')}</p>;
  const options = (prefix: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`${prefix}.${value}` as Parameters<typeof t>[0]) }));

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '').trim() || null;
    const all = (name: string) => form.getAll(name).map(String);
    const outcome = await result.run(RecordReferralMutation, {
      input: {
        partnershipId: chosen?.id ?? '',
        areaId: text('areaId'),
        source: text('source') as never,
        firstName: text('firstName') ?? '',
        phone: text('phone'),
        email: text('email'),
        preferredChannel: text('preferredChannel') as never,
        ageBand: text('ageBand') as never,
        reasons: all('reasons') as never,
        whatMatters: text('whatMatters'),
        arenas: all('arenas') as Arena[],
        barriers: all('barriers') as never,
        accompaniment: form.get('accompaniment') === 'on',
        consentScopes: all('consentScopes') as never,
        consentGivenOn: text('consentGivenOn') ?? '',
      },
    });
    if (outcome.ok) router.push(`/henvisninger/${encodeURIComponent(outcome.data.referral.id)}`);
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} showStatus={false} />
      <p className="hint">{t('referrals.privacyNote')}</p>
      {partnerships.length > 1 && (
        <SelectField
          name="partnershipId"
          label={t('referrals.field.partnership')}
          value={chosen?.id}
          onChange={(e) => setPartnershipId(e.target.value)}
        >
          {partnerships.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
      <SelectField name="source" label={t('referrals.field.source')} error={errors.source}>
        {sources.map((s) => (
          <option key={s} value={s}>
            {t(`referrals.source.${s}`)}
          </option>
        ))}
      </SelectField>
      <FormField
        name="firstName"
        label={t('referrals.field.firstName')}
        hint={t('referrals.field.firstNameHint')}
        error={errors.firstName}
        autoComplete="off"
        required
        maxLength={40}
      />
      <FormField
        name="phone"
        type="tel"
        label={t('referrals.field.phone')}
        error={errors.phone}
        autoComplete="off"
      />
      <FormField
        name="email"
        type="email"
        label={t('referrals.field.email')}
        error={errors.email}
        autoComplete="off"
      />
      <SelectField
        name="preferredChannel"
        label={t('referrals.field.channel')}
        error={errors.preferredChannel}
      >
        <option value="">{t('referrals.none')}</option>
        {channels.map((c) => (
          <option key={c} value={c}>
            {t(`referrals.channel.${c}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="ageBand"
        label={t('referrals.field.ageBand')}
        error={errors.ageBand}
        defaultValue="AGE_65_79"
      >
        {ageBands.map((a) => (
          <option key={a} value={a}>
            {t(`referrals.age.${a}`)}
          </option>
        ))}
      </SelectField>
      <SelectField name="areaId" label={t('referrals.field.area')} error={errors.areaId}>
        <option value="">{t('referrals.field.noArea')}</option>
        {chosen?.areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        name="reasons"
        legend={t('referrals.field.reasons')}
        error={errors.reasons}
        options={options('referrals.reason', reasons)}
        checked={() => false}
      />
      <FormField
        name="whatMatters"
        label={t('referrals.field.whatMatters')}
        error={errors.whatMatters}
        maxLength={500}
        autoComplete="off"
      />
      <CheckboxGroup
        name="arenas"
        legend={t('referrals.field.arenas')}
        error={errors.arenas}
        options={options('arena', arenas)}
        checked={(v) => v === 'LEISURE_AND_COMMUNITIES'}
      />
      <CheckboxGroup
        name="barriers"
        legend={t('referrals.field.barriers')}
        error={errors.barriers}
        options={options('referrals.barrier', barriers)}
        checked={() => false}
      />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" name="accompaniment" />
          <span>{t('referrals.field.accompaniment')}</span>
        </label>
      </div>
      <CheckboxGroup
        name="consentScopes"
        legend={`${t('referrals.field.consent')}: ${t('referrals.field.consentHint')}`}
        error={errors.consentScopes}
        options={options('referrals.consent', consentScopes)}
        checked={() => false}
      />
      <FormField
        name="consentGivenOn"
        type="date"
        label={t('referrals.field.consentDate')}
        error={errors.consentGivenOn}
        defaultValue={today()}
        max={today()}
        required
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? t('referrals.submitting') : t('referrals.submit')}
      </button>
    </form>
  );
}
