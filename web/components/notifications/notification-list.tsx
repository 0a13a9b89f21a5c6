'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDateTime } from '../../lib/i18n/format';
import { LoadFailure } from '../ui/load-failure';
import { LoadMore } from '../ui/load-more';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const NotificationsQuery = graphql(`
  query Notifications($after: String) {
    notifications(first: 30, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id title link startsAt place readAt createdAt } }
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) { marked unreadCount }
  }
`);

export function NotificationList() {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error, fetchMore } = useAppQuery(NotificationsQuery);
  // The header's count is rendered on the server, hence the refresh.
  const marking = useMutationResult({ refetch: [NotificationsQuery], refresh: true });
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const mark = (notificationIds?: string[]) =>
    marking.run(MarkReadMutation, { input: notificationIds ? { notificationIds } : {} });
  return (
    <>
      {loading && !data && <p aria-live="polite">{t('notifications.loading')}</p>}
      {error && <LoadFailure error={error} text={t('notifications.error')} />}
      <MutationAlert result={marking} showStatus={false} />
      {data && items.length === 0 && <p>{t('notifications.empty')}</p>}
      {items.some((n) => !n.readAt) && (
        <button
          type="button"
          className="button button--secondary"
          disabled={marking.busy}
          onClick={() => mark()}
        >
          {t('notifications.markAllRead')}
        </button>
      )}
      {items.length > 0 && (
        <ul className="notification-list">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? 'notification' : 'notification notification--unread'}>
              {!n.readAt && <span className="notification__badge">{t('notifications.unread')}</span>}
              <Link href={n.link} onClick={() => (n.readAt ? undefined : mark([n.id]))}>
                {n.title}
              </Link>
              <span className="hint">
                {[n.startsAt ? formatDateTime(locale, n.startsAt) : null, n.place]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              <time className="hint" dateTime={n.createdAt}>
                {formatDateTime(locale, n.createdAt)}
              </time>
              {!n.readAt && (
                <button
                  type="button"
                  className="link-button"
                  disabled={marking.busy}
                  onClick={() => mark([n.id])}
                >
                  {t('notifications.markRead')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {data?.notifications.pageInfo.hasNextPage && (
        <LoadMore
          label={t('notifications.more')}
          load={() =>
            fetchMore({
              variables: { after: data.notifications.pageInfo.endCursor },
              updateQuery: appendPage(['notifications']),
            })
          }
        />
      )}
    </>
  );
}
