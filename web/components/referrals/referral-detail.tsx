'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import type { ReferralDetailQuery } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate, formatDateTime } from '../../lib/i18n/format';
import { PageState } from '../ui/page-state';
import { ReferralActions } from './referral-actions';
import { ReferralErase } from './referral-erase';
import { ReferralMeasures } from './referral-measures';

export const ReferralDetailDocument = graphql(`
  query ReferralDetail($id: ID!) {
    node(id: $id) {
      ... on Referral {
        id state stateBeforeHold fhirTaskStatus nextStep overdue dueOn referredAt source ageBand reasons arenas barriers
        accompaniment consentScopes consentGivenOn consentWithdrawnAt closeReason stillTakingPart noMatchingActivity
        personalDataDeletedAt partnershipName areaName guideName activityTitle associationName
        citizen { firstName phone email preferredChannel whatMatters }
        host { name phone email }
        placeOptions { id name kind }
        history { fromState toState at byHost }
        measures { phase tilsScore ons who5Percent severeLoneliness recordedAt }
      }
    }
  }
`);

export type ReferralData = Extract<NonNullable<ReferralDetailQuery['node']>, { state: unknown }>;

/** One referral for its guide: the citizen, what was agreed, the actions of its state, measures, history. */
export function ReferralDetail({ id }: { id: string }) {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error } = useAppQuery(ReferralDetailDocument, { variables: { id } });
  const node = data?.node;
  const r = node && 'state' in node ? (node as ReferralData) : null;
  if (!r)
    return (
      <PageState
        title={t('referrals.details')}
        loading={loading && !data}
        error={data ? null : error}
        texts={{
          loading: t('referrals.loading'),
          notFound: t('referrals.notFound'),
          failed: t('referrals.error'),
        }}
      />
    );
  const list = (prefix: string, values: readonly string[]) =>
    values.length
      ? values.map((v) => t(`${prefix}.${v}` as Parameters<typeof t>[0])).join(', ')
      : t('referrals.none');
  const c = r.citizen;
  return (
    <>
      <p>
        <Link href="/henvisninger">{t('referrals.back')}</Link>
      </p>
      <h1>{c?.firstName ?? t('referrals.deleted')}</h1>
      <p>
        <span className="badge">{t(`referrals.state.${r.state}`)}</span>
        {r.overdue && <strong className="badge badge--warn"> {t('referrals.overdue')}</strong>}{' '}
        {t('referrals.nextStep', { step: t(`referrals.step.${r.nextStep}`) })}
        {r.dueOn ? ` · ${t('referrals.dueOn', { date: formatDate(locale, r.dueOn) })}` : ''}
      </p>
      <p className="hint">{t('referrals.privacyNote')}</p>
      <section className="referral-section" aria-labelledby="citizen-heading">
        <h2 id="citizen-heading">{t('referrals.citizen')}</h2>
        <dl>
          {c?.phone && (
            <>
              <dt>{t('referrals.field.phone')}</dt>
              <dd>{c.phone}</dd>
            </>
          )}
          {c?.email && (
            <>
              <dt>{t('referrals.field.email')}</dt>
              <dd>{c.email}</dd>
            </>
          )}
          {c?.preferredChannel && (
            <>
              <dt>{t('referrals.field.channel')}</dt>
              <dd>{t(`referrals.channel.${c.preferredChannel}`)}</dd>
            </>
          )}
          {c?.whatMatters && (
            <>
              <dt>{t('referrals.field.whatMatters')}</dt>
              <dd>{c.whatMatters}</dd>
            </>
          )}
          <dt>{t('referrals.field.ageBand')}</dt>
          <dd>{t(`referrals.age.${r.ageBand}`)}</dd>
        </dl>
      </section>
      <section className="referral-section" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('referrals.details')}</h2>
        <dl>
          <dt>{t('referrals.field.partnership')}</dt>
          <dd>
            {r.partnershipName}
            {r.areaName ? ` · ${r.areaName}` : ''}
          </dd>
          <dt>{t('referrals.field.source')}</dt>
          <dd>{t(`referrals.source.${r.source}`)}</dd>
          <dt>{t('referrals.field.reasons')}</dt>
          <dd>{list('referrals.reason', r.reasons)}</dd>
          <dt>{t('referrals.field.arenas')}</dt>
          <dd>{list('arena', r.arenas)}</dd>
          <dt>{t('referrals.field.barriers')}</dt>
          <dd>
            {list('referrals.barrier', r.barriers)}
            {r.accompaniment ? ` · ${t('referrals.field.accompaniment')}` : ''}
          </dd>
          <dt>{t('referrals.field.consent')}</dt>
          <dd>
            {t('referrals.consentRecorded', { date: formatDate(locale, r.consentGivenOn) })}:{' '}
            {list('referrals.consent', r.consentScopes)}
            {r.consentWithdrawnAt &&
              ` · ${t('referrals.consentWithdrawn', { date: formatDate(locale, r.consentWithdrawnAt) })}`}
          </dd>
          {r.host && (
            <>
              <dt>{t('referrals.connect')}</dt>
              <dd>
                {t('referrals.connected', {
                  place: r.activityTitle ?? r.associationName ?? '',
                  host: r.host.name ?? '',
                })}
                {r.host.phone ? ` · ${r.host.phone}` : ''}
                {r.host.email ? ` · ${r.host.email}` : ''}
              </dd>
            </>
          )}
          {r.closeReason && (
            <>
              <dt>{t('referrals.closeReason')}</dt>
              <dd>{t(`referrals.closeReason.${r.closeReason}`)}</dd>
            </>
          )}
        </dl>
      </section>
      {!r.personalDataDeletedAt && <ReferralActions referral={r} />}
      <ReferralMeasures referral={r} />
      <section className="referral-section" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('referrals.history')}</h2>
        <ol>
          {r.history.map((h) => (
            <li key={`${h.toState}-${h.at}`}>
              {formatDateTime(locale, h.at)}: {t(`referrals.state.${h.toState}`)}
              {h.byHost ? ` (${t('referrals.byHost')})` : ''}
            </li>
          ))}
        </ol>
      </section>
      {!r.personalDataDeletedAt && <ReferralErase id={r.id} />}
    </>
  );
}
