'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { graphql } from '../../gql';
import { useFetchQuery } from '../../lib/fetch-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate, formatKroner, formatNumber } from '../../lib/i18n/format';
import type { MessageKey } from '../../lib/i18n/messages';
import { useOftenShare } from './ministry-totals';

const MinistryPartnershipQuery = graphql(`
  query MinistryPartnership($id: ID!) {
    ministryPartnership(id: $id) {
      id
      name
      slug
      status
      startsOn
      endsOn
      arenas
      areas {
        name
        municipality
      }
      memberCount
      membersByKind {
        kind
        count
      }
      associations
      meetsAssociationBar
      grants {
        id
        poolName
        roundName
        amount
        paid
      }
      signOnFees
      signOnFeeCount
      upcomingMeetings
      outcomes {
        reports
        participantsReached
        newParticipantsBridged
        activitiesHeld
        loneliness {
          phase
          answer
          count
          suppressed
        }
      }
    }
  }
`);

/** The side panel of one partnership: organisations and figures, no people. */
export function PartnershipPanel({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT();
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const { data, loading, error } = useFetchQuery(MinistryPartnershipQuery, { id });
  const p = data?.ministryPartnership;
  // Moves focus into the panel when it opens (keyboard and screen-reader users land on its title).
  useEffect(() => {
    if (p) heading.current?.focus();
  }, [p]);
  const kr = (ore: unknown) => formatKroner(locale, Number(ore) / 100);
  const n = (value: number) => formatNumber(locale, value);
  const often = useOftenShare();

  return (
    <aside className="ministry-panel" aria-labelledby="ministry-panel-heading" aria-busy={loading}>
      <button type="button" className="ministry-panel__close button" onClick={onClose}>
        {t('ministry.panel.close')}
      </button>
      {loading && !p ? (
        <p role="status">{t('ministry.panel.loading')}</p>
      ) : error || !p ? (
        <p role="alert">{t('ministry.panel.error')}</p>
      ) : (
        <>
          <h2 id="ministry-panel-heading" ref={heading} tabIndex={-1}>
            {p.name}
          </h2>
          <p className="ministry-panel__meta">
            {t(`ministry.status.${p.status}` as MessageKey)} ·{' '}
            {p.arenas.map((a) => t(`ministry.arena.${a}` as MessageKey)).join(', ')}
          </p>
          <dl className="ministry-panel__facts">
            <dt>{t('ministry.panel.period')}</dt>
            <dd>
              {formatDate(locale, p.startsOn)} – {p.endsOn ? formatDate(locale, p.endsOn) : '…'}
            </dd>
            <dt>{t('ministry.panel.areas')}</dt>
            <dd>{p.areas.map((a) => `${a.name} (${a.municipality})`).join(', ')}</dd>
            <dt>{t('ministry.panel.meetings')}</dt>
            <dd>{n(p.upcomingMeetings)}</dd>
          </dl>
          <h3>{t('ministry.panel.members', { count: n(p.memberCount) })}</h3>
          <ul className="ministry-panel__kinds">
            {p.membersByKind.map((k) => (
              <li key={k.kind}>
                {t(`ministry.kind.${k.kind}` as MessageKey)}: {n(k.count)}
              </li>
            ))}
          </ul>
          <p>
            {t('ministry.panel.associations', { count: n(p.associations) })} –{' '}
            {t(
              p.meetsAssociationBar === null
                ? 'ministry.panel.noBar'
                : p.meetsAssociationBar
                  ? 'ministry.panel.meetsBar'
                  : 'ministry.panel.belowBar',
            )}
          </p>
          <h3>{t('ministry.panel.money')}</h3>
          <ul>
            {p.grants.map((g) => (
              <li key={g.id}>
                {t('ministry.panel.grant', {
                  pool: g.poolName,
                  round: g.roundName,
                  amount: kr(g.amount),
                  paid: kr(g.paid),
                })}
              </li>
            ))}
            <li>
              {t('ministry.panel.signOnFees', { amount: kr(p.signOnFees), count: n(p.signOnFeeCount) })}
            </li>
          </ul>
          <h3>{t('ministry.panel.outcomes', { count: n(p.outcomes.reports) })}</h3>
          {p.outcomes.reports === 0 ? (
            <p>{t('ministry.panel.noOutcomes')}</p>
          ) : (
            <dl className="ministry-panel__facts">
              <dt>{t('ministry.panel.participants')}</dt>
              <dd>{n(p.outcomes.participantsReached)}</dd>
              <dt>{t('ministry.panel.bridged')}</dt>
              <dd>
                {p.outcomes.newParticipantsBridged == null ? '<5' : n(p.outcomes.newParticipantsBridged)}
              </dd>
              <dt>{t('ministry.panel.activities')}</dt>
              <dd>{n(p.outcomes.activitiesHeld)}</dd>
              <dt>{t('ministry.panel.lonely')}</dt>
              <dd>
                {often(p.outcomes.loneliness, 'BASELINE')} → {often(p.outcomes.loneliness, 'FOLLOW_UP')}
              </dd>
            </dl>
          )}
          <p>
            <Link href={`/partnerskaber/${p.slug}`}>{t('ministry.panel.fullPage')}</Link>
          </p>
        </>
      )}
    </aside>
  );
}
