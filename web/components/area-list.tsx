'use client';

import { graphql } from '../gql';
import type { AreaListItemFragment } from '../gql/graphql';
import { useT } from '../lib/i18n/client';

export const AreaListItem = graphql(`
  fragment AreaListItem on Area {
    id
    name
    listing
    municipality {
      id
      name
    }
  }
`);

// The accessible alternative to the map: every area is reachable by keyboard and screen reader.
export function AreaList({
  areas,
  onShow,
}: {
  areas: AreaListItemFragment[];
  onShow?: (id: string) => void;
}) {
  const t = useT();
  return (
    <ul className="area-list">
      {areas.map((a) => (
        <li key={a.id}>
          {onShow ? (
            <button
              type="button"
              onClick={() => onShow(a.id)}
              aria-label={t('areas.showOnMap', { name: a.name })}
            >
              {a.name}
            </button>
          ) : (
            <strong>{a.name}</strong>
          )}
          <span className="meta">
            {a.municipality.name}
            {a.listing && ` · ${t(`listing.${a.listing}`)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
