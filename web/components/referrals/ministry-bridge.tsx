'use client';

import { graphql } from '../../gql';
import type { MinistryFilter } from '../../gql/graphql';
import { useFetchQuery } from '../../lib/fetch-query';
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
export const useMinistryBridge = (filter: MinistryFilter) => useFetchQuery(MinistryBridgeQuery, { filter });

/** Bridge-building over the partnerships on the map, with the same filters; suppressed. */
export function MinistryBridge({
  bridge: { data, loading, error },
}: {
  bridge: ReturnType<typeof useMinistryBridge>;
}) {
  const t = useT();
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
