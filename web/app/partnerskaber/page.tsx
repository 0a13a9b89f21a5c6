import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PartnershipFilters } from '../../components/partnership-filters';
import { graphql } from '../../gql';
import type { Arena, PartnershipOrder, PartnershipStatus, TargetGroup } from '../../gql/graphql';
import { formatNumber } from '../../lib/i18n/format';
import { getTranslator } from '../../lib/i18n/server';
import { serverQuery } from '../../lib/server/graphql';
import { getViewer } from '../../lib/server/viewer';
import '../styles/partnerships.css';

const PartnershipListQuery = graphql(`
  query PartnershipList(
    $first: Int!
    $after: String
    $search: String
    $municipalityCode: String
    $regionCode: String
    $arena: Arena
    $targetGroup: TargetGroup
    $status: PartnershipStatus
    $fundingRoundId: ID
    $orderBy: PartnershipOrder
  ) {
    partnerships(
      first: $first
      after: $after
      search: $search
      municipalityCode: $municipalityCode
      regionCode: $regionCode
      arena: $arena
      targetGroup: $targetGroup
      status: $status
      fundingRoundId: $fundingRoundId
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          name
          status
          arenas
          voluntaryAssociationCount
          associationTarget
          members {
            totalCount
          }
          areas {
            id
            name
            municipality {
              id
              name
            }
          }
        }
      }
    }
    municipalities(first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
    regions {
      code
      name
    }
    fundingRounds(first: 100) {
      edges {
        node {
          id
          name
          pool {
            id
            name
          }
        }
      }
    }
  }
`);

type Search = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) =>
  typeof value === 'string' && value.trim() ? value.trim() : null;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('partnerships.title') };
}

// Filters are a plain GET form: they work without JavaScript and every result page has an address.
export default async function PartnershipsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [{ t, locale }, viewer, params] = await Promise.all([getTranslator(), getViewer(), searchParams]);
  if (!viewer) redirect('/log-ind?next=/partnerskaber');
  const filters = {
    search: one(params.q),
    municipalityCode: one(params.kommune),
    regionCode: one(params.region),
    arena: one(params.arena) as Arena | null,
    targetGroup: one(params.maalgruppe) as TargetGroup | null,
    status: one(params.status) as PartnershipStatus | null,
    fundingRoundId: one(params.runde),
    orderBy: (one(params.sort) ?? 'NAME') as PartnershipOrder,
  };
  const data = await serverQuery(PartnershipListQuery, { first: 20, after: one(params.efter), ...filters });
  const list = data?.partnerships;
  const query = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'efter'),
  );
  const nextHref = list?.pageInfo.endCursor
    ? `?${new URLSearchParams([...query, ['efter', list.pageInfo.endCursor]])}`
    : null;
  return (
    <>
      <h1>{t('partnerships.title')}</h1>
      <p>{t('partnerships.intro')}</p>
      {(viewer.role === 'COORDINATOR' || viewer.role === 'ADMIN') && (
        <p>
          <Link className="button" href="/partnerskaber/ny">
            {t('partnerships.new')}
          </Link>
        </p>
      )}
      <PartnershipFilters
        values={params}
        municipalities={data?.municipalities.edges.map((e) => e.node) ?? []}
        regions={data?.regions ?? []}
        rounds={
          data?.fundingRounds.edges.map((e) => ({
            id: e.node.id,
            name: `${e.node.pool.name}: ${e.node.name}`,
          })) ?? []
        }
      />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" aria-live="polite">
          {list
            ? t('partnerships.count', { count: formatNumber(locale, list.totalCount) })
            : t('partnerships.title')}
        </h2>
        {!list ? (
          <div className="alert" role="alert">
            <p>{t('partnerships.error')}</p>
          </div>
        ) : list.edges.length === 0 ? (
          <p className="status">{t('partnerships.empty')}</p>
        ) : (
          <ul className="card-list">
            {list.edges.map(({ node: p }) => (
              <li key={p.id} className="card">
                <h3>
                  <Link href={`/partnerskaber/${p.slug}`}>{p.name}</Link>
                </h3>
                <p className={`status-badge status-badge--${p.status.toLowerCase()}`}>
                  {t(`partnershipStatus.${p.status}`)}
                </p>
                <p>
                  {t('partnerships.areas')}:{' '}
                  {p.areas.map((a) => `${a.name} (${a.municipality.name})`).join(', ') || '–'}
                </p>
                <p>
                  {t('partnerships.members', { count: formatNumber(locale, p.members.totalCount) })} ·{' '}
                  {p.associationTarget === null
                    ? t('partnerships.associationsNoBar', { count: p.voluntaryAssociationCount })
                    : t('partnerships.associations', {
                        count: p.voluntaryAssociationCount,
                        target: p.associationTarget,
                      })}
                </p>
              </li>
            ))}
          </ul>
        )}
        <nav aria-label={t('partnerships.title')} className="pager">
          {params.efter && <Link href={`?${query}`}>{t('partnerships.first')}</Link>}
          {list?.pageInfo.hasNextPage && nextHref && <Link href={nextHref}>{t('partnerships.next')}</Link>}
        </nav>
      </section>
    </>
  );
}
