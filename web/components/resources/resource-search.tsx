'use client';

import dynamic from 'next/dynamic';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useMemo, useState } from 'react';
import { graphql } from '../../gql';
import { appendPage } from '../../lib/append-page';
import { useFetchQuery } from '../../lib/fetch-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatNumber } from '../../lib/i18n/format';
import { MapPlaceholder } from '../../map/map-placeholder';
import { RetryAlert } from '../list-states';
import { LoadMore } from '../ui/load-more';
import { ResourceCardView } from './resource-card';
import { filterKeys, filtersFromAddress, KINDS } from './resource-filters';
import { resourcePath } from './resource-ids';
import '../../app/styles/resources.css';

const ResourceMap = dynamic(() => import('../../map/resource-map'), {
  ssr: false,
  loading: () => <MapPlaceholder />,
});

const SearchOptionsQuery = graphql(`
  query ResourceSearchOptions {
    resourceSearchOptions {
      areas {
        id
        name
      }
      partnerships {
        id
        name
      }
    }
  }
`);

const ResourcesQuery = graphql(`
  query Resources(
    $first: Int!
    $after: String
    $kind: ResourceKind
    $areaId: ID
    $partnershipId: ID
    $search: String
    $freeFrom: DateTime
    $freeTo: DateTime
  ) {
    resources(
      first: $first
      after: $after
      kind: $kind
      areaId: $areaId
      partnershipId: $partnershipId
      search: $search
      freeFrom: $freeFrom
      freeTo: $freeTo
    ) {
      totalCount
      edges {
        node {
          id
          ...ResourceCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function ResourceSearch() {
  const t = useT();
  const locale = useLocale();
  // The filters live in the address, so Back returns to the previous choice and a view can be shared.
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filters = useMemo(() => filtersFromAddress(params), [params]);
  const [formError, setFormError] = useState<string | null>(null);
  // Not through Apollo (lib/fetch-query.ts): no mutation on this page changes these answers, and
  // the map route's first JS holds no Apollo.
  const options = useFetchQuery(SearchOptionsQuery, {});
  const { data, error, loading, fetchMore, refetch } = useFetchQuery(ResourcesQuery, {
    first: 20,
    ...filters,
  });
  const resources = useMemo(() => data?.resources.edges.map((e) => e.node) ?? [], [data]);
  const points = useMemo(
    () =>
      resources.flatMap((r) =>
        r.location
          ? [
              {
                id: r.id,
                title: r.title,
                subtitle: `${t(`res.kind.${r.kind}`)} · ${r.owner.name}`,
                href: resourcePath(r.id),
                lat: r.location.lat,
                lon: r.location.lon,
              },
            ]
          : [],
      ),
    [resources, t],
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim() || undefined;
    const [date, from, to] = [text('date'), text('from'), text('to')];
    const anySlot = date || from || to;
    if (anySlot && !(date && from && to)) {
      setFormError(t('res.filter.slotIncomplete'));
      return;
    }
    setFormError(null);
    const next = new URLSearchParams();
    for (const key of filterKeys) {
      const value = text(key);
      if (value) next.set(key, value);
    }
    router.push(next.size ? `${pathname}?${next}` : pathname, { scroll: false });
  }
  const value = (key: (typeof filterKeys)[number]) => params.get(key) ?? '';

  const apiError = error?.message;
  return (
    <div className="resources">
      <form
        // Remounted when the address changes, and when the options arrive while the address holds
        // values (a select shows its value only once the option exists). Not otherwise: a choice
        // made before the options arrived must survive them.
        key={params.size ? `${params.toString()}|${options.data ? 1 : 0}` : ''}
        className="resource-filters"
        onSubmit={onSubmit}
        aria-labelledby="resource-search-heading"
      >
        <h2 id="resource-search-heading">{t('res.search')}</h2>
        {(formError || (apiError && data)) && (
          <div className="alert" role="alert">
            <p>{formError ?? apiError}</p>
          </div>
        )}
        <div className="field">
          <label htmlFor="filter-kind">{t('res.filter.kind')}</label>
          <select id="filter-kind" name="kind" defaultValue={value('kind')}>
            <option value="">{t('res.filter.anyKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`res.kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-area">{t('res.filter.area')}</label>
          <select id="filter-area" name="areaId" defaultValue={value('areaId')}>
            <option value="">{t('res.filter.anyArea')}</option>
            {options.data?.resourceSearchOptions.areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-partnership">{t('res.filter.partnership')}</label>
          <select id="filter-partnership" name="partnershipId" defaultValue={value('partnershipId')}>
            <option value="">{t('res.filter.anyPartnership')}</option>
            {options.data?.resourceSearchOptions.partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-search">{t('res.filter.text')}</label>
          <input
            id="filter-search"
            name="search"
            type="search"
            maxLength={100}
            defaultValue={value('search')}
          />
        </div>
        <fieldset className="field slot-fields" aria-describedby="filter-slot-hint">
          <legend>{t('res.filter.slot')}</legend>
          <p className="hint" id="filter-slot-hint">
            {t('res.filter.slotHint')}
          </p>
          <label htmlFor="filter-date">{t('res.filter.date')}</label>
          <input id="filter-date" name="date" type="date" defaultValue={value('date')} />
          <label htmlFor="filter-from">{t('res.filter.from')}</label>
          <input id="filter-from" name="from" type="time" step={900} defaultValue={value('from')} />
          <label htmlFor="filter-to">{t('res.filter.to')}</label>
          <input id="filter-to" name="to" type="time" step={900} defaultValue={value('to')} />
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button">
            {t('res.filter.submit')}
          </button>
          <button
            type="reset"
            className="button button--secondary"
            onClick={() => {
              setFormError(null);
              router.push(pathname, { scroll: false });
            }}
          >
            {t('res.filter.reset')}
          </button>
        </div>
      </form>
      <section aria-labelledby="resource-map-heading" className="resource-map">
        <h2 id="resource-map-heading" className="visually-hidden">
          {t('nav.map')}
        </h2>
        <ResourceMap points={points} />
        {resources.length > points.length && (
          <p className="hint">{t('res.mapNoPoint', { count: resources.length - points.length })}</p>
        )}
      </section>
      <section aria-labelledby="resource-list-heading" aria-busy={loading} className="resource-results">
        <h2 id="resource-list-heading">
          {t('res.listTitle', { count: formatNumber(locale, data?.resources.totalCount ?? 0) })}
        </h2>
        {error && !data ? (
          <RetryAlert text={t('res.error')} retryLabel={t('res.retry')} onRetry={refetch} />
        ) : loading && !data ? (
          <p className="status" role="status">
            {t('res.loading')}
          </p>
        ) : resources.length === 0 ? (
          <p className="status" role="status">
            {t('res.empty')}
          </p>
        ) : (
          <ul className="resource-list">
            {resources.map((r) => (
              <li key={r.id}>
                <ResourceCardView resource={r} />
              </li>
            ))}
          </ul>
        )}
        {data?.resources.pageInfo.hasNextPage && (
          <LoadMore
            label={t('res.more')}
            load={() => fetchMore({ after: data.resources.pageInfo.endCursor }, appendPage(['resources']))}
          />
        )}
      </section>
    </div>
  );
}
