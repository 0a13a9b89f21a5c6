import Link from 'next/link';
import { graphql } from '../../gql';
import { getTranslator } from '../../lib/i18n/server';
import { serverResult } from '../../lib/server/graphql';
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
  const [{ t }, result] = await Promise.all([
    getTranslator(),
    serverResult(PartnershipResourcesQuery, { partnershipId }),
  ]);
  if (result.kind === 'forbidden' || result.kind === 'unauthenticated') return null; // e.g. the ministry
  if (result.kind === 'failed') {
    return (
      <section aria-labelledby="partnership-resources-heading" className="partnership-resources">
        <h2 id="partnership-resources-heading">{t('resSection.title')}</h2>
        <p className="alert" role="alert">
          {t('failure.load')}
        </p>
      </section>
    );
  }
  const resources = result.data.resources.edges.map((e) => e.node);
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
        <Link href={`/ressourcer?partnershipId=${encodeURIComponent(partnershipId)}`}>
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
