'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import type { OutboxStatus } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDateTime, formatNumber } from '../../lib/i18n/format';
import { RetryAlert } from '../list-states';
import { SelectField } from '../select-field';
import { LoadMore } from '../ui/load-more';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const OutboxQuery = graphql(`
  query AdminOutbox($status: OutboxStatus, $after: String) {
    outboxMessages(first: 30, status: $status, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          channel
          kind
          recipient
          subject
          sensitive
          status
          attempts
          lastError
          nextAttemptAt
          sentAt
          deliveryStatus
          createdAt
        }
      }
    }
  }
`);

const RetryOutboxMessage = graphql(`
  mutation RetryOutboxMessage($input: RetryOutboxMessageInput!) {
    retryOutboxMessage(input: $input) {
      __typename
      ... on RetryOutboxMessageSuccess {
        outboxMessage {
          id
          status
          attempts
          nextAttemptAt
        }
      }
      ...MutationFailure
    }
  }
`);

const statuses: OutboxStatus[] = ['PENDING', 'SENDING', 'SENT', 'FAILED'];

/** The administrators' view of the e-mail outbox: status filter, list, retry of failed messages. */
export function OutboxList() {
  const t = useT();
  const locale = useLocale();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const { data, loading, error, refetch, fetchMore } = useAppQuery(OutboxQuery, {
    variables: { status: status || null },
    notifyOnNetworkStatusChange: true,
  });
  const retrying = useMutationResult({ refetch: [OutboxQuery] });
  const connection = data?.outboxMessages;
  const messages = connection?.edges.map((e) => e.node) ?? [];

  const onRetry = (id: string, recipient: string) =>
    retrying.run(RetryOutboxMessage, { input: { messageId: id } }, t('outbox.retried', { recipient }));

  return (
    <div aria-busy={loading}>
      <SelectField
        name="outboxStatus"
        label={t('outbox.filter')}
        value={status}
        onChange={(e) => setStatus(e.target.value as OutboxStatus | '')}
      >
        <option value="">{t('outbox.filter.all')}</option>
        {statuses.map((s) => (
          <option key={s} value={s}>
            {t(`outbox.status.${s}`)}
          </option>
        ))}
      </SelectField>
      <MutationAlert result={retrying} />
      {error && !data ? (
        <RetryAlert text={t('outbox.error')} retryLabel={t('outbox.retryLoad')} onRetry={refetch} />
      ) : loading && !data ? (
        <p className="status" role="status">
          {t('outbox.loading')}
        </p>
      ) : messages.length === 0 ? (
        <p className="status">
          {status ? t('outbox.emptyFiltered', { status: t(`outbox.status.${status}`) }) : t('outbox.empty')}
        </p>
      ) : (
        <>
          <p className="status" role="status">
            {t('outbox.count', { count: formatNumber(locale, connection?.totalCount ?? 0) })}
          </p>
          <ul className="outbox-list">
            {messages.map((m) => (
              <li key={m.id}>
                <p className="outbox-list__head">
                  <strong>{m.subject}</strong>
                  <span className={`outbox-status outbox-status--${m.status.toLowerCase()}`}>
                    {t(`outbox.status.${m.status}`)}
                  </span>
                </p>
                <dl className="outbox-list__facts">
                  <dt>{t('outbox.recipient')}</dt>
                  <dd>{m.recipient}</dd>
                  <dt>{t('outbox.kind')}</dt>
                  <dd>
                    {t(`sms.channel.${m.channel}`)} · <code>{m.kind}</code>
                    {m.sensitive && ` · ${t('outbox.sensitive')}`}
                  </dd>
                  <dt>{t('outbox.created')}</dt>
                  <dd>{formatDateTime(locale, m.createdAt)}</dd>
                  {m.sentAt && (
                    <>
                      <dt>{t('outbox.sentAt')}</dt>
                      <dd>{formatDateTime(locale, m.sentAt)}</dd>
                    </>
                  )}
                  {m.deliveryStatus && (
                    <>
                      <dt>{t('sms.deliveryStatus')}</dt>
                      <dd>
                        <code>{m.deliveryStatus}</code>
                      </dd>
                    </>
                  )}
                  <dt>{t('outbox.attempts')}</dt>
                  <dd>{formatNumber(locale, m.attempts)}</dd>
                  {m.nextAttemptAt && m.status === 'PENDING' && (
                    <>
                      <dt>{t('outbox.nextAttempt')}</dt>
                      <dd>{formatDateTime(locale, m.nextAttemptAt)}</dd>
                    </>
                  )}
                  {m.lastError && m.status !== 'SENT' && (
                    <>
                      <dt>{t('outbox.lastError')}</dt>
                      <dd className="outbox-list__error">{m.lastError}</dd>
                    </>
                  )}
                </dl>
                {m.status === 'FAILED' && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={retrying.busy}
                    aria-label={t('outbox.retryLabel', { subject: m.subject, recipient: m.recipient })}
                    onClick={() => onRetry(m.id, m.recipient)}
                  >
                    {t('outbox.retry')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          {connection?.pageInfo.hasNextPage && (
            <LoadMore
              label={t('outbox.more')}
              load={() =>
                fetchMore({
                  variables: { after: connection.pageInfo.endCursor },
                  updateQuery: appendPage(['outboxMessages']),
                })
              }
            />
          )}
        </>
      )}
    </div>
  );
}
