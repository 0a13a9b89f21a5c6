'use client';

import dynamic from 'next/dynamic';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { type FormEvent, useMemo } from 'react';
import { graphql } from '../../gql';
import type { ActivityFilter, Arena, TargetGroup } from '../../gql/graphql';
import { appendPage } from '../../lib/append-page';
import { useFetchQuery } from '../../lib/fetch-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatNumber } from '../../lib/i18n/format';
import type { ActivityPoint } from '../../map/activity-map';
import { MapPlaceholder } from '../../map/map-placeholder';
import { RetryAlert } from '../list-states';
import { arenas, targetGroups } from '../partnership-options';
import { LoadMore } from '../ui/load-more';
import { ActivityCard } from './activity-card';
import { opportunityPath } from './ids';

const ActivityMap = dynamic(() => import('../../map/activity-map'), {
  ssr: false,
  loading: () => <MapPlaceholder />,
});

const VolunteerExplorerQuery = graphql(`
  query VolunteerExplorer($filter: ActivityFilter, $after: String) {
    activities(first: 12, filter: $filter, after: $after) {
      totalCount
      edges {
        node {
          id
          ...VolunteerActivityCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FilterOptionsQuery = graphql(`
  query VolunteerFilterOptions {
    areas(first: 100) {
      edges {
        node {
          id
          name
          municipality {
            id
            code
            name
          }
        }
      }
    }
  }
`);

const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;

export function VolunteerExplorer() {
  const t = useT();
  const locale = useLocale();
  // The filters live in the address, so Back returns to the previous choice and a view can be shared.
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filter = useMemo(() => filterFromAddress(params), [params]);
  // Not through Apollo (lib/fetch-query.ts): no mutation on this page changes these answers, and
  // the map route's first JS holds no Apollo.
  const { data, error, loading, fetchMore, refetch } = useFetchQuery(VolunteerExplorerQuery, { filter });
  const options = useFetchQuery(FilterOptionsQuery, {}).data;
  const areas = options?.areas.edges.map((e) => e.node) ?? [];
  const municipalities = [...new Map(areas.map((a) => [a.municipality.code, a.municipality])).values()].sort(
    (a, b) => a.name.localeCompare(b.name, 'da'),
  );
  const activities = useMemo(() => data?.activities.edges.map((e) => e.node) ?? [], [data]);
  const points = useMemo<ActivityPoint[]>(
    () =>
      activities
        .filter((a) => a.location)
        .map((a) => ({
          id: a.id,
          title: a.title,
          lat: a.location?.lat ?? 0,
          lon: a.location?.lon ?? 0,
          links: a.opportunities.edges.map(({ node }) => ({
            href: opportunityPath(node.id),
            label: node.title,
          })),
        })),
    [activities],
  );

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of filterKeys) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    router.push(next.size ? `${pathname}?${next}` : pathname, { scroll: false });
  }

  const total = data?.activities.totalCount ?? 0;
  return (
    <>
      <form
        // Remounted when the address changes or the options arrive, so the selects show the address's values.
        key={`${params.toString()}|${areas.length}`}
        className="volunteer-filters"
        onSubmit={apply}
        onReset={() => router.push(pathname, { scroll: false })}
        aria-label={t('volunteers.filters')}
      >
        <Select
          name="areaId"
          value={params.get('areaId')}
          label={t('volunteers.filter.area')}
          all={t('volunteers.filter.all')}
        >
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </Select>
        <Select
          name="municipalityCode"
          value={params.get('municipalityCode')}
          label={t('volunteers.filter.municipality')}
          all={t('volunteers.filter.all')}
        >
          {municipalities.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </Select>
        <Select
          name="arena"
          value={params.get('arena')}
          label={t('volunteers.filter.arena')}
          all={t('volunteers.filter.all')}
        >
          {arenas.map((a) => (
            <option key={a} value={a}>
              {t(`volunteers.arena.${a}`)}
            </option>
          ))}
        </Select>
        <Select
          name="targetGroup"
          value={params.get('targetGroup')}
          label={t('volunteers.filter.targetGroup')}
          all={t('volunteers.filter.all')}
        >
          {targetGroups.map((g) => (
            <option key={g} value={g}>
              {t(`volunteers.targetGroup.${g}`)}
            </option>
          ))}
        </Select>
        <Select
          name="weekday"
          value={params.get('weekday')}
          label={t('volunteers.filter.weekday')}
          all={t('volunteers.filter.all')}
        >
          {weekdays.map((d) => (
            <option key={d} value={d}>
              {t(`volunteers.weekday.${d}`)}
            </option>
          ))}
        </Select>
        <div className="field">
          <label htmlFor="volunteer-search">{t('volunteers.filter.search')}</label>
          <input
            id="volunteer-search"
            name="search"
            type="search"
            defaultValue={params.get('search') ?? ''}
          />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button">
            {t('volunteers.filter.apply')}
          </button>
          <button type="reset" className="button button--secondary">
            {t('volunteers.filter.reset')}
          </button>
        </div>
      </form>
      <div className="explorer">
        <section aria-labelledby="volunteer-map-heading">
          <h2 id="volunteer-map-heading" className="visually-hidden">
            {t('volunteers.mapHeading')}
          </h2>
          <ActivityMap points={points} label={t('volunteers.mapLabel', { count: points.length })} />
        </section>
        <section aria-labelledby="volunteer-list-heading" aria-busy={loading}>
          <h2 id="volunteer-list-heading">
            {t('volunteers.listTitle', { count: formatNumber(locale, total) })}
          </h2>
          <p className="visually-hidden" role="status" aria-live="polite">
            {loading ? t('volunteers.loading') : t('volunteers.resultCount', { count: total })}
          </p>
          {error && activities.length === 0 ? (
            <RetryAlert text={t('volunteers.error')} retryLabel={t('volunteers.retry')} onRetry={refetch} />
          ) : loading && activities.length === 0 ? (
            <p className="status">{t('volunteers.loading')}</p>
          ) : activities.length === 0 ? (
            <p className="status">{t('volunteers.empty')}</p>
          ) : (
            <ul className="activity-list">
              {activities.map((a) => (
                <ActivityCard key={a.id} activity={a} t={t} />
              ))}
            </ul>
          )}
          {data?.activities.pageInfo.hasNextPage && (
            <LoadMore
              label={t('volunteers.more')}
              load={() =>
                fetchMore({ after: data.activities.pageInfo.endCursor }, appendPage(['activities']))
              }
            />
          )}
        </section>
      </div>
    </>
  );
}

function Select({
  name,
  value,
  label,
  all,
  children,
}: {
  name: string;
  value: string | null;
  label: string;
  all: string;
  children: React.ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{all}</option>
        {children}
      </select>
    </div>
  );
}

const filterKeys = ['areaId', 'municipalityCode', 'arena', 'targetGroup', 'weekday', 'search'] as const;

/** The filter in the address; a value the API would refuse (a stale link) is left out. */
function filterFromAddress(params: URLSearchParams): ActivityFilter {
  const get = (key: (typeof filterKeys)[number]) => params.get(key)?.trim() || null;
  const weekday = Number(get('weekday'));
  const areaId = get('areaId');
  let isArea = false;
  try {
    isArea = !!areaId && atob(areaId).startsWith('Area:');
  } catch {
    isArea = false; // not base64: not an area's id
  }
  return {
    areaId: isArea ? areaId : null,
    municipalityCode: /^\d{4}$/.test(get('municipalityCode') ?? '') ? get('municipalityCode') : null,
    arena: (arenas as string[]).includes(get('arena') ?? '') ? (get('arena') as Arena) : null,
    targetGroup: (targetGroups as string[]).includes(get('targetGroup') ?? '')
      ? (get('targetGroup') as TargetGroup)
      : null,
    weekday: Number.isInteger(weekday) && weekday >= 1 && weekday <= 7 ? weekday : null,
    search: get('search'),
  };
}
