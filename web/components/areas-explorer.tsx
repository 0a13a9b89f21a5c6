'use client';

import { useQuery } from '@apollo/client/react';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '../gql';
import { useLocale, useT } from '../lib/i18n/client';
import { formatNumber } from '../lib/i18n/format';
import { AreaList } from './area-list';
import { RetryAlert } from './list-states';

// ssr: false keeps the map library out of the server render and out of this page's first JS.
const AreaMap = dynamic(() => import('../map/area-map'), {
  ssr: false,
  loading: () => <div className="map-frame" />,
});

const HomeAreasQuery = graphql(`
  query HomeAreas($first: Int!, $after: String) {
    areas(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...AreaListItem
          ...AreaMapFeature
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function AreasExplorer() {
  const t = useT();
  const locale = useLocale();
  const { data, error, loading, fetchMore, refetch } = useQuery(HomeAreasQuery, {
    variables: { first: 100 },
  });
  const [focus, setFocus] = useState<{ id: string; key: number } | null>(null);

  // The API caps a page at 100: keep fetching until every area is in the cache.
  const [pageFailed, setPageFailed] = useState(false);
  const requested = useRef<string | null>(null);
  const pageInfo = data?.areas.pageInfo;
  useEffect(() => {
    const after = pageInfo?.endCursor;
    if (!pageInfo?.hasNextPage || !after || requested.current === after) return;
    requested.current = after;
    setPageFailed(false);
    fetchMore({ variables: { after } }).then(undefined, () => setPageFailed(true));
  }, [pageInfo, fetchMore]);
  // A later page that failed leaves the list incomplete: say so, and fetch it again on request.
  const retryPage = () =>
    fetchMore({ variables: { after: pageInfo?.endCursor } }).then(() => setPageFailed(false));

  const areas = useMemo(() => data?.areas.edges.map((e) => e.node) ?? [], [data]);
  const complete = data !== undefined && !pageInfo?.hasNextPage;

  return (
    <div className="explorer">
      <section aria-labelledby="map-heading">
        <h2 id="map-heading" className="visually-hidden">
          {t('nav.map')}
        </h2>
        <AreaMap areas={areas} focusId={focus?.id} focusKey={focus?.key} />
      </section>
      <section aria-labelledby="areas-heading" aria-busy={loading}>
        <h2 id="areas-heading">{t('areas.listTitle', { count: formatNumber(locale, areas.length) })}</h2>
        {pageFailed && (
          <RetryAlert text={t('failure.loadMore')} retryLabel={t('areas.retry')} onRetry={retryPage} />
        )}
        {error && areas.length === 0 ? (
          <RetryAlert text={t('areas.error')} retryLabel={t('areas.retry')} onRetry={refetch} />
        ) : loading && areas.length === 0 ? (
          <p className="status" role="status">
            {t('areas.loading')}
          </p>
        ) : complete && areas.length === 0 ? (
          <p className="status">{t('areas.empty')}</p>
        ) : (
          <AreaList areas={areas} onShow={(id) => setFocus({ id, key: Date.now() })} />
        )}
      </section>
    </div>
  );
}
