'use client';

import dynamic from 'next/dynamic';
import { graphql } from '../gql';
import type { PartnershipAreasFragment } from '../gql/graphql';
import { useT } from '../lib/i18n/client';

const AreaMap = dynamic(() => import('../map/area-map'), {
  ssr: false,
  loading: () => <div className="map-frame" />,
});

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
        <AreaMap areas={partnership.areas} />
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
