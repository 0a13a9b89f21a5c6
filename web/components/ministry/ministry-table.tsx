'use client';

import { useMemo, useState } from 'react';
import { graphql } from '../../gql';
import type { MinistryRowFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatKroner, formatNumber } from '../../lib/i18n/format';
import type { MessageKey } from '../../lib/i18n/messages';

export const MinistryRow = graphql(`
  fragment MinistryRow on MinistryMapPartnership {
    id
    name
    slug
    status
    arenas
    granted
    paid
    associations
    meetsAssociationBar
    participantsReached
    activitiesHeld
    volunteersActive
    areas {
      id
      municipalityName
    }
  }
`);

type Column =
  | 'name'
  | 'municipalities'
  | 'status'
  | 'granted'
  | 'paid'
  | 'associations'
  | 'participants'
  | 'activities'
  | 'volunteers';
const columns: { key: Column; numeric: boolean; value: (p: MinistryRowFragment) => string | number }[] = [
  { key: 'name', numeric: false, value: (p) => p.name },
  {
    key: 'municipalities',
    numeric: false,
    value: (p) => [...new Set(p.areas.map((a) => a.municipalityName))].join(', '),
  },
  { key: 'status', numeric: false, value: (p) => p.status },
  { key: 'granted', numeric: true, value: (p) => Number(p.granted) },
  { key: 'paid', numeric: true, value: (p) => Number(p.paid) },
  { key: 'associations', numeric: true, value: (p) => p.associations },
  { key: 'participants', numeric: true, value: (p) => p.participantsReached },
  { key: 'activities', numeric: true, value: (p) => p.activitiesHeld },
  { key: 'volunteers', numeric: true, value: (p) => p.volunteersActive },
];

/** The accessible alternative to the map: the same rows, sortable by every column. */
export function MinistryTable({
  rows,
  onOpen,
}: {
  rows: MinistryRowFragment[];
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [sort, setSort] = useState<{ key: Column; descending: boolean }>({ key: 'name', descending: false });
  const sorted = useMemo(() => {
    const column = columns.find((c) => c.key === sort.key) ?? columns[0];
    if (!column) return rows;
    const out = [...rows].sort((a, b) => {
      const [x, y] = [column.value(a), column.value(b)];
      return typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y), 'da');
    });
    return sort.descending ? out.reverse() : out;
  }, [rows, sort]);
  const label = (key: Column) => t(`ministry.table.${key}` as MessageKey);

  return (
    <div className="ministry-table">
      <table>
        <caption>
          {t('ministry.table.caption', {
            count: formatNumber(locale, rows.length),
            column: `${label(sort.key)} (${t(sort.descending ? 'ministry.table.descending' : 'ministry.table.ascending')})`,
          })}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.numeric ? 'numeric' : undefined}
                aria-sort={sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  onClick={() =>
                    setSort((s) => ({ key: c.key, descending: s.key === c.key ? !s.descending : c.numeric }))
                  }
                >
                  {label(c.key)}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                <button type="button" className="ministry-link" onClick={() => onOpen(p.id)}>
                  {p.name}
                </button>
              </th>
              <td>{columns[1]?.value(p)}</td>
              <td>{t(`ministry.status.${p.status}` as MessageKey)}</td>
              <td className="numeric">{formatKroner(locale, Number(p.granted) / 100)}</td>
              <td className="numeric">{formatKroner(locale, Number(p.paid) / 100)}</td>
              <td className="numeric">{formatNumber(locale, p.associations)}</td>
              <td className="numeric">{formatNumber(locale, p.participantsReached)}</td>
              <td className="numeric">{formatNumber(locale, p.activitiesHeld)}</td>
              <td className="numeric">{formatNumber(locale, p.volunteersActive)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
