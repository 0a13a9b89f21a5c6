import Link from 'next/link';
import { graphql } from '../../gql';
import { formatDate, formatNumber } from '../../lib/i18n/format';
import { getTranslator } from '../../lib/i18n/server';
import { serverResult } from '../../lib/server/graphql';

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

/** The outcomes section of the partnership page (server-rendered): the latest period and a link to all of them. */
export async function PartnershipOutcomesSection({ slug }: Props) {
  const [{ t, locale }, result] = await Promise.all([
    getTranslator(),
    serverResult(PartnershipOutcomesQuery, { slug }),
  ]);
  const reports = result.kind === 'ok' ? result.data.partnership?.outcomeReports : null;
  // Viewers who may not see outcomes (e.g. volunteers) get no section at all.
  if (!reports) return null;
  const latest = reports.edges[0]?.node;
  return (
    <section aria-labelledby="partnership-outcomes-heading" className="partnership-section">
      <h2 id="partnership-outcomes-heading">{t('outcome.section')}</h2>
      <p>{t('outcome.sectionIntro')}</p>
      <p>
        {t('outcome.sectionCount', { count: formatNumber(locale, reports.totalCount) })}
        {latest &&
          ` · ${formatDate(locale, latest.periodStart)} – ${formatDate(locale, latest.periodEnd)}: ${t('outcome.participantsReached').toLowerCase()} ${formatNumber(locale, latest.participantsReached)}`}
      </p>
      <Link href={`/partnerskaber/${slug}/resultater`}>{t('outcome.sectionLink')}</Link>
    </section>
  );
}
