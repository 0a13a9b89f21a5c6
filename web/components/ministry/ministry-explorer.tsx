'use client';

import dynamic from 'next/dynamic';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { useFetchQuery } from '../../lib/fetch-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatNumber } from '../../lib/i18n/format';
import type { MessageKey } from '../../lib/i18n/messages';
import { MapPlaceholder } from '../../map/map-placeholder';
import { arenaColours, type ColourBy, statusColours } from '../../map/partnership-colours';
import { RetryAlert } from '../list-states';
import { MinistryBridge, useMinistryBridge } from '../referrals/ministry-bridge';
import { checkFilters } from './filter-check';
import { type FilterState, filterQuery, readFilters, toApiFilter } from './filter-params';
import { MinistryFilterOptions, MinistryFilters } from './ministry-filters';
import { MinistryTable } from './ministry-table';
import { MinistryTotals } from './ministry-totals';
import { UnmetNeedLegend, useDescribeUnmetNeed } from './unmet-need-legend';

// Opened by a click only: its code and query load then, not with the page.
const PartnershipPanel = dynamic(() => import('./partnership-panel').then((m) => m.PartnershipPanel), {
  ssr: false,
});

// ssr: false keeps the map library out of the server render and out of this page's first JS.
const PartnershipMap = dynamic(() => import('../../map/partnership-map'), {
  ssr: false,
  loading: () => <MapPlaceholder className="ministry-map" />,
});

const MinistryMapQuery = graphql(`
  query MinistryMap($filter: MinistryFilter) {
    ministryMap(filter: $filter, detail: LOW) {
      partnerships {
        id
        ...MinistryRow
        centre {
          lat
          lon
        }
        areas {
          id
          geometry
        }
      }
      totals {
        ...MinistryTotalsFields
      }
    }
  }
`);

export function MinistryExplorer() {
  const t = useT();
  const locale = useLocale();
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => readFilters(new URLSearchParams(params.toString())), [params]);
  // View and colouring are also in the URL, but held locally so the radios answer at once.
  const [view, setView] = useState<'map' | 'table'>(params.get('visning') === 'tabel' ? 'table' : 'map');
  const [colourBy, setColourBy] = useState<ColourBy>(params.get('farve') === 'arena' ? 'arena' : 'status');
  const [selected, setSelected] = useState<string | null>(null);
  const [highlight, setHighlight] = useState<string | null>(null);
  const [showUnmet, setShowUnmet] = useState(params.get('behov') === 'vis');

  // Not through Apollo (lib/fetch-query.ts): nothing on this page changes what these queries
  // answer, so they need no normalised cache, and the page's first JS holds no Apollo.
  const options = useFetchQuery(MinistryFilterOptions, {});
  const { applied, problems } = useMemo(() => checkFilters(filters, options.data), [filters, options.data]);
  const apiFilter = useMemo(() => toApiFilter(applied), [applied]);
  const { data, previousData, loading, error, refetch } = useFetchQuery(MinistryMapQuery, {
    filter: apiFilter,
  });
  const current = (data ?? previousData)?.ministryMap;
  const bridge = useMinistryBridge(apiFilter);
  const unmetPoints = useMemo(
    () => (showUnmet ? (bridge.data?.ministryBridgeFigures.unmetNeed ?? []) : null),
    [showUnmet, bridge.data],
  );
  const describeUnmet = useDescribeUnmetNeed();
  const partnerships = useMemo(() => current?.partnerships ?? [], [current]);
  // The map is handed its data first; the 1,800 buttons of the list and the table follow in a
  // render of their own, so laying them out does not hold back the map's work.
  const listed = useDeferredValue(partnerships);

  const setParams = useCallback(
    (changes: Record<string, string | undefined>) => {
      const next = new URLSearchParams(params.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const query = next.toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [params, pathname, router],
  );
  const onFilter = (changes: FilterState) => setParams(changes);
  const onReset = () => setParams(Object.fromEntries(Object.keys(filters).map((k) => [k, undefined])));
  const exportQuery = filterQuery(applied);
  const exportHref = (file: string) => `/exports/${file}${exportQuery ? `?${exportQuery}` : ''}`;
  const legend = colourBy === 'status' ? statusColours : arenaColours;

  return (
    <div className="ministry">
      <MinistryFilters
        state={filters}
        problems={problems}
        options={options.data}
        onChange={onFilter}
        onReset={onReset}
      />
      <div className="ministry__main">
        {error && !current ? (
          <RetryAlert text={t('ministry.error')} retryLabel={t('ministry.retry')} onRetry={refetch} />
        ) : !current ? (
          <p className="status" role="status">
            {t('ministry.loading')}
          </p>
        ) : (
          <>
            <MinistryTotals totals={current.totals} busy={loading} />
            <MinistryBridge bridge={bridge} />
            <p className="status" role="status" aria-live="polite">
              {loading
                ? t('ministry.loading')
                : t('ministry.filter.count', { count: formatNumber(locale, partnerships.length) })}
            </p>
            <div className="ministry__toolbar">
              <fieldset className="segmented">
                <legend>{t('ministry.view')}</legend>
                {(['map', 'table'] as const).map((v) => (
                  <label key={v}>
                    <input
                      type="radio"
                      name="ministry-view"
                      checked={view === v}
                      onChange={() => {
                        setView(v);
                        setParams({ visning: v === 'table' ? 'tabel' : undefined });
                      }}
                    />
                    {t(`ministry.view.${v}`)}
                  </label>
                ))}
              </fieldset>
              <nav className="ministry__exports" aria-label={t('ministry.exports')}>
                <span>{t('ministry.exports')}:</span>
                <a href={exportHref('partnerships.csv')} download>
                  {t('ministry.export.csv')}
                </a>
                <a href={exportHref('partnerships.geojson')} download>
                  {t('ministry.export.geojson')}
                </a>
                <a href={exportHref('grants.360giving.json')} download>
                  {t('ministry.export.360giving')}
                </a>
              </nav>
            </div>
            {partnerships.length === 0 && <p className="status">{t('ministry.empty')}</p>}
          </>
        )}
        {/* The map mounts at once, outside the data's branch: its library, start-up and basemap load
            while the query runs, and it stays mounted when the data arrives. */}
        {view === 'map' && !(error && !current) ? (
          <section className="ministry__map" aria-labelledby="ministry-map-heading">
            <h2 id="ministry-map-heading" className="visually-hidden">
              {t('ministry.view.map')}
            </h2>
            <PartnershipMap
              partnerships={partnerships}
              colourBy={colourBy}
              highlightId={highlight}
              selectedId={selected}
              onSelect={setSelected}
              unmetNeed={{ points: unmetPoints, describe: describeUnmet }}
            />
            <div className="ministry-legend">
              <fieldset className="segmented">
                <legend>{t('ministry.colour')}</legend>
                {(['status', 'arena'] as const).map((c) => (
                  <label key={c}>
                    <input
                      type="radio"
                      name="ministry-colour"
                      checked={colourBy === c}
                      onChange={() => {
                        setColourBy(c);
                        setParams({ farve: c === 'arena' ? 'arena' : undefined });
                      }}
                    />
                    {t(`ministry.colour.${c}`)}
                  </label>
                ))}
              </fieldset>
              <h3>{t('ministry.legend')}</h3>
              <ul>
                {Object.entries(legend).map(([key, colour]) => (
                  <li key={key}>
                    <span className="swatch" style={{ background: colour }} aria-hidden="true" />
                    {t(`ministry.${colourBy}.${key}` as MessageKey)}
                  </li>
                ))}
              </ul>
              {colourBy === 'arena' && <p className="hint">{t('ministry.legend.several')}</p>}
              <UnmetNeedLegend
                checked={showUnmet}
                onChange={(on) => {
                  setShowUnmet(on);
                  setParams({ behov: on ? 'vis' : undefined });
                }}
              />
            </div>
            <ul className="ministry-list" aria-label={t('ministry.list.label')}>
              {listed.map((p) => (
                <li key={p.id}>
                  <button
                    type="button"
                    onFocus={() => setHighlight(p.id)}
                    onBlur={() => setHighlight(null)}
                    onMouseEnter={() => setHighlight(p.id)}
                    onMouseLeave={() => setHighlight(null)}
                    onClick={() => setSelected(p.id)}
                    aria-label={t('ministry.list.open', { name: p.name })}
                  >
                    {p.name}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : (
          current && <MinistryTable rows={listed} onOpen={setSelected} />
        )}
      </div>
      {selected && <PartnershipPanel id={selected} onClose={() => setSelected(null)} />}
    </div>
  );
}
