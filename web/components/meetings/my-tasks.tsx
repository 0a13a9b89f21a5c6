'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { ActionItemStatus } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useT } from '../../lib/i18n/client';
import { SelectField } from '../select-field';
import { LoadFailure } from '../ui/load-failure';
import { LoadMore } from '../ui/load-more';
import { ActionItemRow } from './decisions-actions';
import { MyTasksQuery } from './documents';
import { meetingPath } from './meeting-list';

const statuses: ActionItemStatus[] = ['OPEN', 'DONE', 'DROPPED'];

export function MyTasks() {
  const t = useT();
  const [status, setStatus] = useState<ActionItemStatus>('OPEN');
  const { data, loading, error, fetchMore } = useAppQuery(MyTasksQuery, { variables: { status } });
  const items = data?.myActionItems.edges.map((e) => e.node) ?? [];
  return (
    <>
      <SelectField
        name="status"
        label={t('meetings.filterStatus')}
        value={status}
        onChange={(e) => setStatus(e.target.value as ActionItemStatus)}
      >
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`meetings.actionStatus.${s}`)}
          </option>
        ))}
      </SelectField>
      {loading && !data && <p aria-live="polite">{t('meetings.loading')}</p>}
      {error && <LoadFailure error={error} text={t('meetings.error')} />}
      {data && items.length === 0 && <p>{t('meetings.myTasksEmpty')}</p>}
      {items.length > 0 && (
        <ul className="plain-list">
          {items.map((item) => (
            <ActionItemRow
              key={item.id}
              item={item}
              canChange
              extra={
                <span className="hint">
                  <Link href={meetingPath(item.meetingId)}>{item.partnershipName}</Link>
                </span>
              }
            />
          ))}
        </ul>
      )}
      {data?.myActionItems.pageInfo.hasNextPage && (
        <LoadMore
          label={t('meetings.loadMore')}
          load={() =>
            fetchMore({
              variables: { after: data.myActionItems.pageInfo.endCursor },
              updateQuery: appendPage(['myActionItems']),
            })
          }
        />
      )}
    </>
  );
}
