'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { MinistryFilter } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { BridgeFiguresTable } from './bridge-figures';
import { UnmetNeedList } from './unmet-need';

const MinistryBridgeQuery = graphql(`
  query MinistryBridge($filter: MinistryFilter) {
    ministryBridgeFigures(filter: $filter) {
      figures { ...BridgeFiguresTable }
      unmetNeed { ...UnmetNeedList centre { lat lon } }
    }
  }
`);

/** The ministry's bridge figures for a filter: the section and the map's layer share one request. */
export const useMinistryBridge = (filter: MinistryFilter) =>
  useQuery(MinistryBridgeQuery, { variables: { filter } });

/** Bridge-building over the partnerships on the map, with the same filters; suppressed. */
export function MinistryBridge({ filter }: { filter: MinistryFilter }) {
  const t = useT();
  const { data, loading, error } = useMinistryBridge(filter);
  const bridge = data?.ministryBridgeFigures;
  return (
    <section className="referral-section" aria-labelledby="ministry-bridge-heading">
      <h2 id="ministry-bridge-heading">{t('bridge.title')}</h2>
      <p className="hint">{t('bridge.intro')}</p>
      {loading && !data && <p aria-live="polite">{t('bridge.loading')}</p>}
      {error && !data && <p role="alert">{t('bridge.error')}</p>}
      {bridge && (
        <>
          <BridgeFiguresTable figures={bridge.figures} caption={t('bridge.title')} />
          <h3>{t('bridge.unmet')}</h3>
          <UnmetNeedList cells={bridge.unmetNeed} />
        </>
      )}
    </section>
  );
}
