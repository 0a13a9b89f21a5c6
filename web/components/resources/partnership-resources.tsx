import Link from 'next/link';
import { graphql } from '../../gql';
import { getTranslator } from '../../lib/i18n/server';
import { serverQuery } from '../../lib/server/graphql';
import { resourcePath } from './resource-ids';
import '../../app/styles/resources.css';

const PartnershipResourcesQuery = graphql(`
  query PartnershipResources($partnershipId: ID!) {
    resources(first: 10, partnershipId: $partnershipId) {
      totalCount
      edges {
        node {
          id
          title
          kind
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

// The resources section of the partnership page (server component): what the partnership
// shares, visible to whoever may see it, with a link to search and book.
export async function PartnershipResources({
  partnershipId,
  canCoordinate,
}: {
  partnershipId: string;
  slug: string;
  canCoordinate: boolean;
}) {
  const [{ t }, data] = await Promise.all([
    getTranslator(),
    serverQuery(PartnershipResourcesQuery, { partnershipId }),
  ]);
  if (!data) return null; // not allowed (e.g. the ministry) or the API is unreachable
  const resources = data.resources.edges.map((e) => e.node);
  return (
    <section aria-labelledby="partnership-resources-heading" className="partnership-resources">
      <h2 id="partnership-resources-heading">{t('resSection.title')}</h2>
      {resources.length === 0 ? (
        <p>{t('resSection.empty')}</p>
      ) : (
        <ul>
          {resources.map((r) => (
            <li key={r.id}>
              <Link href={resourcePath(r.id)}>{r.title}</Link> · {t(`res.kind.${r.kind}`)} · {r.owner.name}
            </li>
          ))}
        </ul>
      )}
      <p className="button-row">
        <Link href={`/ressourcer?partnerskab=${encodeURIComponent(partnershipId)}`}>
          {t('resSection.all')}
        </Link>
        {canCoordinate && (
          <Link className="button button--secondary" href="/ressourcer/ny">
            {t('res.offer')}
          </Link>
        )}
      </p>
    </section>
  );
}
