'use client';

import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDateTime } from '../../lib/i18n/format';
import { LoadMore } from '../ui/load-more';
import { TableScroll } from '../ui/table-scroll';

const ReadLogQuery = graphql(`
  query ReferralReadLog($after: String) {
    referralReadLog(first: 100, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { at via referralId readerName } }
    }
  }
`);

/** Who read which referral's personal data, newest first (administrators; no personal data of the citizen). */
export function ReadLog() {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error, fetchMore } = useAppQuery(ReadLogQuery);
  const log = data?.referralReadLog;
  if (loading && !data) return <p aria-live="polite">{t('referrals.loading')}</p>;
  if (error && !data) return <p role="alert">{t('referrals.error')}</p>;
  if (!log?.edges.length) return <p>{t('readLog.empty')}</p>;
  return (
    <>
      <TableScroll label={t('a11y.wideTable')}>
        <table className="figure-table">
          <caption className="hint">{t('readLog.count', { count: log.totalCount })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('readLog.at')}</th>
              <th scope="col">{t('readLog.reader')}</th>
              <th scope="col">{t('readLog.referral')}</th>
            </tr>
          </thead>
          <tbody>
            {log.edges.map(({ node }, index) => (
              // Entries have no id, and the same reader may read twice in one millisecond; the rows
              // hold no state, so their index is a safe key.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index}>
                <td>{formatDateTime(locale, node.at)}</td>
                <td>
                  {node.readerName ?? t('readLog.host')} ·{' '}
                  {t(`readLog.via.${node.via as 'GUIDE' | 'HOST_LINK' | 'EXPORT'}`)}
                </td>
                <td>{node.referralId.slice(0, 8)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {log.pageInfo.hasNextPage && (
        <LoadMore
          label={t('meetings.loadMore')}
          load={() =>
            fetchMore({
              variables: { after: log.pageInfo.endCursor },
              updateQuery: appendPage(['referralReadLog']),
            })
          }
        />
      )}
    </>
  );
}
