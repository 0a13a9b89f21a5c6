import Link from 'next/link';
import { graphql } from '../../gql';
import { formatNumber } from '../../lib/i18n/format';
import { getTranslator } from '../../lib/i18n/server';
import { serverQuery } from '../../lib/server/graphql';

const PartnershipVolunteersQuery = graphql(`
  query PartnershipVolunteers($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Partnership {
        volunteerActivities(first: 1) {
          totalCount
        }
        volunteerSignUps(first: 1, status: APPLIED) {
          totalCount
        }
        volunteerHoursSummary {
          approvedHours
          pendingHours
        }
      }
    }
  }
`);

/** The volunteers section of the partnership page: totals and the way to the coordinator screens. */
export async function PartnershipVolunteers({
  partnershipId,
  slug,
  canCoordinate,
}: {
  partnershipId: string;
  slug: string;
  canCoordinate: boolean;
}) {
  const { t, locale } = await getTranslator();
  const data = canCoordinate ? await serverQuery(PartnershipVolunteersQuery, { id: partnershipId }) : null;
  const node = data?.node?.__typename === 'Partnership' ? data.node : null;
  const n = (value: number) => formatNumber(locale, value, { maximumFractionDigits: 2 });
  return (
    <section aria-labelledby="partnership-volunteers-heading" className="partnership-section">
      <h2 id="partnership-volunteers-heading">{t('volunteers.section.title')}</h2>
      {node ? (
        <>
          <p>
            {t('volunteers.section.summary', {
              activities: n(node.volunteerActivities.totalCount),
              applied: n(node.volunteerSignUps.totalCount),
              approved: n(node.volunteerHoursSummary.approvedHours),
              pending: n(node.volunteerHoursSummary.pendingHours),
            })}
          </p>
          <p>
            <Link href={`/koordinator/frivillige?partnerskab=${encodeURIComponent(slug)}`}>
              {t('volunteers.section.manage')}
            </Link>
          </p>
        </>
      ) : (
        <p>
          <Link href="/frivillig">{t('volunteers.section.find')}</Link>
        </p>
      )}
    </section>
  );
}
