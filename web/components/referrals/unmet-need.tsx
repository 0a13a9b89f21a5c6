'use client';

import { graphql } from '../../gql';
import type { UnmetNeedListFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../lib/i18n/client';
import { figureText } from './figure-text';

export const UnmetNeedFragment = graphql(`
  fragment UnmetNeedList on UnmetNeedCell { areaName arena count { value suppression } }
`);

/** Demand without supply: referrals with no matching activity, by area and arena (suppressed). */
export function UnmetNeedList({ cells: rows }: { cells: UnmetNeedListFragment[] }) {
  const t = useT();
  const locale = useLocale();
  if (!rows.length) return <p>{t('bridge.unmetNone')}</p>;
  return (
    <table className="figure-table">
      <caption className="hint">{t('bridge.unmetIntro')}</caption>
      <tbody>
        {rows.map((c) => (
          <tr key={`${c.areaName}-${c.arena}`}>
            <th scope="row">
              {c.areaName ?? t('bridge.noArea')} · {t(`arena.${c.arena}`)}
            </th>
            <td>{figureText(locale, c.count, t('bridge.hidden'))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
