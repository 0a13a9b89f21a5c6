'use client';

import Link from 'next/link';
import type { PartnershipStatus } from '../gql/graphql';
import { useT } from '../lib/i18n/client';
import { arenas, targetGroups } from './partnership-options';

const statuses: PartnershipStatus[] = ['PLANNED', 'ACTIVE', 'ENDED'];

type Props = {
  values: Record<string, string | string[] | undefined>;
  municipalities: { code: string; name: string }[];
  regions: { code: string; name: string }[];
  rounds: { id: string; name: string }[];
};

/** The list's filters as a GET form (URL parameters in Danish: q, kommune, region, arena, maalgruppe, status, runde, sort). */
export function PartnershipFilters({ values, municipalities, regions, rounds }: Props) {
  const t = useT();
  const value = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : '');
  const select = (name: string, label: string, options: { value: string; label: string }[], all = true) => (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value(name)}>
        {all && <option value="">{t('partnerships.all')}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="filters" aria-label={t('partnerships.filters')}>
      <div className="field">
        <label htmlFor="filter-q">{t('partnerships.search')}</label>
        <input id="filter-q" type="search" name="q" defaultValue={value('q')} />
      </div>
      {select(
        'kommune',
        t('partnerships.municipality'),
        municipalities.map((m) => ({ value: m.code, label: m.name })),
      )}
      {select(
        'region',
        t('partnerships.region'),
        regions.map((r) => ({ value: r.code, label: r.name })),
      )}
      {select(
        'arena',
        t('partnerships.arena'),
        arenas.map((a) => ({ value: a, label: t(`arena.${a}`) })),
      )}
      {select(
        'maalgruppe',
        t('partnerships.targetGroup'),
        targetGroups.map((g) => ({ value: g, label: t(`targetGroup.${g}`) })),
      )}
      {select(
        'status',
        t('partnerships.status'),
        statuses.map((s) => ({ value: s, label: t(`partnershipStatus.${s}`) })),
      )}
      {select(
        'runde',
        t('partnerships.fundingRound'),
        rounds.map((r) => ({ value: r.id, label: r.name })),
      )}
      {select(
        'sort',
        t('partnerships.sort'),
        (['NAME', 'NEWEST', 'STARTS_ON'] as const).map((s) => ({
          value: s,
          label: t(`partnerships.sort.${s}`),
        })),
        false,
      )}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('partnerships.apply')}
        </button>
        <Link href="/partnerskaber">{t('partnerships.reset')}</Link>
      </div>
    </form>
  );
}
