'use client';

import { graphql } from '../gql';
import type { PartnershipAreasFragment } from '../gql/graphql';
import { useT } from '../lib/i18n/client';
import { LazyAreaMap } from '../map/lazy-area-map';

export const PartnershipAreasFragmentDoc = graphql(`
  fragment PartnershipAreas on Partnership {
    areas {
      id
      name
      municipality {
        id
        name
      }
      ...AreaMapFeature
    }
  }
`);

export function PartnershipAreas({ partnership }: { partnership: PartnershipAreasFragment }) {
  const t = useT();
  return (
    <section aria-labelledby="partnership-areas" className="partnership-section">
      <h2 id="partnership-areas">{t('partnership.areasTitle')}</h2>
      <div className="partnership-map">
        <LazyAreaMap areas={partnership.areas} />
      </div>
      <ul className="inline-list">
        {partnership.areas.map((a) => (
          <li key={a.id}>
            {a.name} ({a.municipality.name})
          </li>
        ))}
      </ul>
    </section>
  );
}
