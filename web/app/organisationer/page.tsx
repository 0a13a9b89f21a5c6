import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { graphql } from '../../gql';
import type { OrganisationKind } from '../../gql/graphql';
import { formatNumber } from '../../lib/i18n/format';
import { getTranslator } from '../../lib/i18n/server';
import { serverQuery } from '../../lib/server/graphql';
import { getViewer } from '../../lib/server/viewer';
import '../styles/partnerships.css';
import { TableScroll } from '../../components/ui/table-scroll';

const OrganisationListQuery = graphql(`
  query OrganisationList(
    $first: Int!
    $after: String
    $search: String
    $kind: OrganisationKind
    $municipalityCode: String
  ) {
    municipalities(first: 100) {
      edges {
        node {
          code
          name
        }
      }
    }
    organisations(first: $first, after: $after, search: $search, kind: $kind, municipalityCode: $municipalityCode) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          kind
          cvr
          website
          municipality {
            code
            name
          }
        }
      }
    }
  }
`);

const kinds: OrganisationKind[] = [
  'HOUSING_ORGANISATION',
  'MUNICIPALITY',
  'REGION',
  'VOLUNTARY_ASSOCIATION',
  'VOLUNTEER_CENTRE',
  'EDUCATION_INSTITUTION',
  'CULTURE_INSTITUTION',
  'BUSINESS',
  'OTHER',
];

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === 'string' && v.trim() ? v.trim() : null);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('orgs.title') };
}

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const [{ t, locale }, viewer, params] = await Promise.all([getTranslator(), getViewer(), searchParams]);
  if (!viewer) redirect('/log-ind?next=/organisationer');
  const kind = one(params.type) as OrganisationKind | null;
  const search = one(params.q);
  // A municipality code is four digits; anything else is ignored rather than sent (BAD_USER_INPUT).
  const municipalityCode = /^\d{4}$/.test(one(params.kommune) ?? '') ? one(params.kommune) : null;
  const data = await serverQuery(OrganisationListQuery, {
    first: 50,
    after: one(params.efter),
    search,
    kind,
    municipalityCode,
  });
  const list = data?.organisations;
  const municipalities = data?.municipalities.edges.map((e) => e.node) ?? [];
  const base = new URLSearchParams([
    ...(search ? [['q', search]] : []),
    ...(kind ? [['type', kind]] : []),
    ...(municipalityCode ? [['kommune', municipalityCode]] : []),
  ]);
  return (
    <>
      <h1>{t('orgs.title')}</h1>
      <form method="get" className="filters" aria-label={t('orgs.search')}>
        <div className="field">
          <label htmlFor="org-q">{t('orgs.search')}</label>
          <input id="org-q" type="search" name="q" defaultValue={search ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="org-type">{t('orgs.kind')}</label>
          <select id="org-type" name="type" defaultValue={kind ?? ''}>
            <option value="">{t('partnerships.all')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`orgKind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="org-municipality">{t('orgs.municipality')}</label>
          <select id="org-municipality" name="kommune" defaultValue={municipalityCode ?? ''}>
            <option value="">{t('orgs.allMunicipalities')}</option>
            {municipalities.map((m) => (
              <option key={m.code} value={m.code}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filters__actions">
          <button type="submit" className="button">
            {t('partnerships.apply')}
          </button>
        </div>
      </form>
      <section aria-labelledby="org-results">
        <h2 id="org-results">
          {list ? t('orgs.count', { count: formatNumber(locale, list.totalCount) }) : t('orgs.title')}
        </h2>
        {!list ? (
          <div className="alert" role="alert">
            <p>{t('partnerships.error')}</p>
          </div>
        ) : list.edges.length === 0 ? (
          <p className="status">{t('orgs.empty')}</p>
        ) : (
          <TableScroll label={t('a11y.wideTable')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('pform.name')}</th>
                  <th scope="col">{t('orgs.kind')}</th>
                  <th scope="col">{t('orgs.cvr')}</th>
                  <th scope="col">{t('partnerships.municipality')}</th>
                </tr>
              </thead>
              <tbody>
                {list.edges.map(({ node: o }) => (
                  <tr key={o.id}>
                    <th scope="row">{o.website ? <a href={o.website}>{o.name}</a> : o.name}</th>
                    <td>{t(`orgKind.${o.kind}`)}</td>
                    <td>{o.cvr ?? '–'}</td>
                    <td>{o.municipality?.name ?? '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <nav aria-label={t('orgs.title')} className="pager">
          {params.efter && <Link href={`?${base}`}>{t('partnerships.first')}</Link>}
          {list?.pageInfo.hasNextPage && list.pageInfo.endCursor && (
            <Link href={`?${new URLSearchParams([...base, ['efter', list.pageInfo.endCursor]])}`}>
              {t('partnerships.next')}
            </Link>
          )}
        </nav>
      </section>
    </>
  );
}
