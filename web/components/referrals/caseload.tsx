'use client';

import Link from 'next/link';
import { useState } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate } from '../../lib/i18n/format';
import { SelectField } from '../select-field';
import { LoadFailure } from '../ui/load-failure';
import { LoadMore } from '../ui/load-more';
import { openStates, states } from './options';

export const CaseloadQuery = graphql(`
  query ReferralCaseload($states: [ReferralState!], $overdue: Boolean, $after: String) {
    myReferralCaseload { isGuide open overdue }
    myReferrals(states: $states, overdue: $overdue, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id state nextStep overdue dueOn referredAt partnershipName areaName personalDataDeletedAt
          citizen { firstName }
        }
      }
    }
  }
`);

type Filter = 'OPEN' | 'OVERDUE' | 'ALL' | (typeof states)[number];

/** The guide's caseload: their own referrals by state, what is overdue, and the next step of each. */
export function Caseload() {
  const t = useT();
  const locale = useLocale();
  const [filter, setFilter] = useState<Filter>('OPEN');
  const variables =
    filter === 'OPEN'
      ? { states: openStates }
      : filter === 'OVERDUE'
        ? { overdue: true }
        : filter === 'ALL'
          ? {}
          : { states: [filter] };
  const { data, loading, error, fetchMore } = useAppQuery(CaseloadQuery, { variables });
  const caseload = data?.myReferralCaseload;
  const items = data?.myReferrals.edges.map((e) => e.node) ?? [];
  if (caseload && !caseload.isGuide) return <p>{t('referrals.notGuide')}</p>;
  return (
    <>
      <div className="button-row">
        <Link className="button" href="/henvisninger/ny">
          {t('referrals.new')}
        </Link>
        {caseload && (
          <p className="hint">
            {t('referrals.open', { count: caseload.open })} ·{' '}
            {t('referrals.overdueCount', { count: caseload.overdue })}
          </p>
        )}
      </div>
      <SelectField
        name="filter"
        label={t('referrals.filterState')}
        value={filter}
        onChange={(e) => setFilter(e.target.value as Filter)}
      >
        <option value="OPEN">{t('referrals.filterOpen')}</option>
        <option value="OVERDUE">{t('referrals.filterOverdue')}</option>
        {states.map((s) => (
          <option key={s} value={s}>
            {t(`referrals.state.${s}`)}
          </option>
        ))}
        <option value="ALL">{t('referrals.filterAll')}</option>
      </SelectField>
      {loading && !data && <p aria-live="polite">{t('referrals.loading')}</p>}
      {error && <LoadFailure error={error} text={t('referrals.error')} />}
      {data && items.length === 0 && <p>{t('referrals.empty')}</p>}
      {items.length > 0 && (
        <ul className="plain-list referral-list">
          {items.map((r) => (
            <li key={r.id} className="referral-card">
              <Link href={`/henvisninger/${encodeURIComponent(r.id)}`}>
                {r.personalDataDeletedAt ? t('referrals.deleted') : r.citizen?.firstName}
              </Link>{' '}
              <span className="badge">{t(`referrals.state.${r.state}`)}</span>
              {r.overdue && <strong className="badge badge--warn"> {t('referrals.overdue')}</strong>}
              <p className="hint">
                {r.partnershipName}
                {r.areaName ? ` · ${r.areaName}` : ''} ·{' '}
                {t('referrals.referredOn', { date: formatDate(locale, r.referredAt) })}
              </p>
              <p>
                {t('referrals.nextStep', { step: t(`referrals.step.${r.nextStep}`) })}
                {r.dueOn ? ` · ${t('referrals.dueOn', { date: formatDate(locale, r.dueOn) })}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      {data?.myReferrals.pageInfo.hasNextPage && (
        <LoadMore
          label={t('meetings.loadMore')}
          load={() =>
            fetchMore({
              variables: { after: data.myReferrals.pageInfo.endCursor },
              updateQuery: appendPage(['myReferrals']),
            })
          }
        />
      )}
    </>
  );
}
