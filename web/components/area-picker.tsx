'use client';

import { useState } from 'react';
import { graphql } from '../gql';
import { useAppQuery } from '../lib/apollo/use-app-query';
import { useT } from '../lib/i18n/client';
import { ChoiceFieldset } from './checkbox-group';
import { FormField } from './form-field';

const AreaSearchQuery = graphql(`
  query AreaSearch($search: String) {
    areas(first: 20, search: $search) {
      totalCount
      edges {
        node {
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
`);

export type AreaChoice = { id: string; name: string; municipality: { name: string } };

const label = (area: AreaChoice) => `${area.name} (${area.municipality.name})`;

/**
 * The housing areas of a partnership, sent as `areaIds`. Denmark has more areas than one list can
 * show, so a search by name finds them; every area chosen in this form stays listed (checked or
 * not) whatever the search shows, so saving never drops an area the list did not happen to hold,
 * and a checkbox never moves away from under the keyboard's focus.
 */
export function AreaPicker({
  initial,
  legend,
  error,
}: {
  initial: AreaChoice[];
  legend: string;
  error?: string;
}) {
  const t = useT();
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState(() => new Set(initial.map((a) => a.id)));
  const [kept, setKept] = useState(() => new Map(initial.map((a) => [a.id, a])));
  const found = useAppQuery(AreaSearchQuery, { variables: { search: search.trim() || null } });
  const page = (found.data ?? found.previousData)?.areas;
  const results = page?.edges.map((e) => e.node) ?? [];
  const resultIds = new Set(results.map((a) => a.id));
  const listed = [...[...kept.values()].filter((a) => !resultIds.has(a.id)), ...results];

  function toggle(area: AreaChoice, on: boolean) {
    setKept((before) => new Map(before).set(area.id, area));
    setChosen((before) => {
      const next = new Set(before);
      if (on) next.add(area.id);
      else next.delete(area.id);
      return next;
    });
  }

  return (
    <ChoiceFieldset name="areaIds" legend={legend} error={error}>
      <FormField
        name="areaSearch"
        type="search"
        label={t('pform.areaSearch')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        // Enter searches as the typing did; it must not submit the partnership.
        onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
      />
      <p className="hint" role="status">
        {!page
          ? t('areas.loading')
          : page.totalCount === 0
            ? t('pform.areaNone')
            : page.totalCount > results.length
              ? t('pform.areaShown', { shown: results.length, total: page.totalCount })
              : ''}
      </p>
      {listed.map((area) => (
        <label key={area.id} className="checkbox">
          <input
            type="checkbox"
            name="areaIds"
            value={area.id}
            checked={chosen.has(area.id)}
            onChange={(event) => toggle(area, event.target.checked)}
          />
          <span>{label(area)}</span>
        </label>
      ))}
    </ChoiceFieldset>
  );
}
