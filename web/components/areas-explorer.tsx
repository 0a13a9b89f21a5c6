'use client';

import { useState } from 'react';
import { graphql } from '../gql';
import { useFetchQuery } from '../lib/fetch-query';
import { useLocale, useT } from '../lib/i18n/client';
import { formatNumber } from '../lib/i18n/format';
import { LazyAreaMap } from '../map/lazy-area-map';
import { AreaList } from './area-list';
import { RetryAlert } from './list-states';

// Every area in one request, outlines simplified for the country view (the map zooms to one
// area at most to street level, where the simplification is a few metres).
const HomeAreasQuery = graphql(`
  query HomeAreas {
    areaMap {
      id
      ...AreaListItem
      ...AreaMapPlace
      boundary: outline(detail: LOW)
    }
  }
`);

const noAreas: never[] = [];

export function AreasExplorer() {
  const t = useT();
  const locale = useLocale();
  // Not through Apollo: thousands of areas drawn once need no normalised cache, and the home
  // page's first JS stays without Apollo (lib/fetch-query.ts).
  const { data, error, loading, refetch } = useFetchQuery(HomeAreasQuery, {});
  const [focus, setFocus] = useState<{ id: string; key: number } | null>(null);
  const areas = data?.areaMap ?? noAreas;

  return (
    <div className="explorer">
      <section aria-labelledby="map-heading">
        <h2 id="map-heading" className="visually-hidden">
          {t('nav.map')}
        </h2>
        <LazyAreaMap areas={areas} focusId={focus?.id} focusKey={focus?.key} />
      </section>
      <section aria-labelledby="areas-heading" aria-busy={loading}>
        <h2 id="areas-heading">{t('areas.listTitle', { count: formatNumber(locale, areas.length) })}</h2>
        {error && areas.length === 0 ? (
          <RetryAlert text={t('areas.error')} retryLabel={t('areas.retry')} onRetry={refetch} />
        ) : loading && areas.length === 0 ? (
          <p className="status" role="status">
            {t('areas.loading')}
          </p>
        ) : data && areas.length === 0 ? (
          <p className="status">{t('areas.empty')}</p>
        ) : (
          <AreaList areas={areas} onShow={(id) => setFocus({ id, key: Date.now() })} />
        )}
      </section>
    </div>
  );
}
