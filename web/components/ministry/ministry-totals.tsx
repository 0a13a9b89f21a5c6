'use client';

import { graphql } from '../../gql';
import type { MinistryTotalsFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatKroner, formatNumber } from '../../lib/i18n/format';

export const MinistryTotalsFields = graphql(`
  fragment MinistryTotalsFields on MinistryTotals {
    partnerships
    granted
    paid
    associations
    associationBar
    partnershipsMeetingAssociationBar
    partnershipsWithAssociationBar
    signOnFees
    signOnFeeCount
    participantsReached
    newParticipantsBridged
    activitiesHeld
    volunteersActive
    approvedHours
    loneliness {
      phase
      answer
      count
      suppressed
    }
  }
`);

type LonelinessCell = { phase: string; answer: number; count?: number | null; suppressed: boolean };

/** Share answering 3 ("often") of all answers in a phase, or null without answers. */
function oftenShare(rows: LonelinessCell[], phase: string): number | null {
  const inPhase = rows.filter((r) => r.phase === phase);
  const all = inPhase.reduce((s, r) => s + (r.count ?? 0), 0);
  return all ? inPhase.filter((r) => r.answer === 3).reduce((s, r) => s + (r.count ?? 0), 0) / all : null;
}

/**
 * The "often" share of a phase as text: a percentage, "–" without answers, or the word for a
 * hidden figure when a count of the phase is suppressed (small cells), as the share needs them all.
 */
export function useOftenShare() {
  const t = useT();
  const locale = useLocale();
  return (rows: LonelinessCell[], phase: string) => {
    if (rows.some((r) => r.phase === phase && r.suppressed)) return t('bridge.hidden');
    const share = oftenShare(rows, phase);
    return share === null ? '–' : formatNumber(locale, share, { style: 'percent', maximumFractionDigits: 0 });
  };
}

export function MinistryTotals({ totals, busy }: { totals: MinistryTotalsFieldsFragment; busy: boolean }) {
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  const kr = (ore: unknown) => formatKroner(locale, Number(ore) / 100);
  const often = useOftenShare();
  const figures: { label: string; value: string; detail?: string; testId: string }[] = [
    { testId: 'granted', label: t('ministry.totals.granted'), value: kr(totals.granted) },
    { testId: 'paid', label: t('ministry.totals.paid'), value: kr(totals.paid) },
    { testId: 'partnerships', label: t('ministry.totals.partnerships'), value: n(totals.partnerships) },
    {
      testId: 'associations',
      label: t('ministry.totals.associations'),
      value: n(totals.associations),
      detail: `${t('ministry.totals.bar', {
        count: n(totals.partnershipsMeetingAssociationBar),
        total: n(totals.partnershipsWithAssociationBar),
        bar: totals.associationBar,
      })}. ${t('ministry.totals.associationsNote')}`,
    },
    {
      testId: 'sign-on-fees',
      label: t('ministry.totals.signOnFees'),
      value: kr(totals.signOnFees),
      detail: t('ministry.totals.signOnFeeCount', { count: n(totals.signOnFeeCount) }),
    },
    {
      testId: 'participants',
      label: t('ministry.totals.participants'),
      value: n(totals.participantsReached),
      detail: t('ministry.totals.bridged', {
        count: totals.newParticipantsBridged == null ? t('bridge.hidden') : n(totals.newParticipantsBridged),
      }),
    },
    {
      testId: 'volunteers',
      label: t('ministry.totals.volunteers'),
      value: n(totals.volunteersActive),
      detail: t('ministry.totals.hours', {
        hours: formatNumber(locale, totals.approvedHours, { maximumFractionDigits: 1 }),
      }),
    },
    { testId: 'activities', label: t('ministry.totals.activities'), value: n(totals.activitiesHeld) },
    {
      testId: 'lonely',
      label: t('ministry.totals.lonely'),
      value: t('ministry.totals.lonelyValue', {
        baseline: often(totals.loneliness, 'BASELINE'),
        followUp: often(totals.loneliness, 'FOLLOW_UP'),
      }),
    },
  ];
  return (
    <section className="ministry-totals" aria-labelledby="ministry-totals-heading" aria-busy={busy}>
      <h2 id="ministry-totals-heading">{t('ministry.totals')}</h2>
      <dl aria-live="polite">
        {figures.map((f) => (
          <div key={f.testId} className="ministry-totals__figure" data-figure={f.testId}>
            <dt>{f.label}</dt>
            <dd>
              <span className="ministry-totals__value">{f.value}</span>
              {f.detail && <span className="ministry-totals__detail">{f.detail}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
