'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { graphql } from '../../gql';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate, formatNumber } from '../../lib/i18n/format';

const PartnershipOutcomesQuery = graphql(`
  query PartnershipOutcomes($slug: String!) {
    partnership(slug: $slug) {
      id
      outcomeReports(first: 1) {
        totalCount
        edges {
          node {
            id
            periodStart
            periodEnd
            participantsReached
            newParticipantsBridged
            activitiesHeld
          }
        }
      }
    }
  }
`);

type Props = { partnershipId: string; slug: string; canCoordinate: boolean };

/** The outcomes section of the partnership page: the latest period and a link to all of them. */
export function PartnershipOutcomesSection({ slug, canCoordinate }: Props) {
  const t = useT();
  const locale = useLocale();
  const { data, error } = useQuery(PartnershipOutcomesQuery, { variables: { slug }, errorPolicy: 'all' });
  const reports = data?.partnership?.outcomeReports;
  // Viewers who may not see outcomes (e.g. volunteers) get no section at all.
  if (!reports && (error || data)) return null;
  const latest = reports?.edges[0]?.node;
  return (
    <section aria-labelledby="partnership-outcomes-heading" className="partnership-section">
      <h2 id="partnership-outcomes-heading">{t('outcome.section')}</h2>
      <p>{t('outcome.sectionIntro')}</p>
      {reports && (
        <p>
          {t('outcome.sectionCount', { count: formatNumber(locale, reports.totalCount) })}
          {latest &&
            ` · ${formatDate(locale, latest.periodStart)} – ${formatDate(locale, latest.periodEnd)}: ${t('outcome.participantsReached').toLowerCase()} ${formatNumber(locale, latest.participantsReached)}`}
        </p>
      )}
      {(canCoordinate || reports) && (
        <Link href={`/partnerskaber/${slug}/resultater`}>{t('outcome.sectionLink')}</Link>
      )}
    </section>
  );
}
