'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate } from '../../lib/i18n/format';
import { LoadFailure } from '../ui/load-failure';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { MyCalendarFeedsQuery } from './calendar-feed-documents';

const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed($input: CreateCalendarFeedInput!) {
    createCalendarFeed(input: $input) {
      __typename
      ... on CreateCalendarFeedSuccess { created { url } }
      ...MutationFailure
    }
  }
`);

const RevokeCalendarFeedMutation = graphql(`
  mutation RevokeCalendarFeed($input: RevokeCalendarFeedInput!) {
    revokeCalendarFeed(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/** Personal feed management; with `partnershipId`, the partnership's feed instead. */
export function CalendarFeeds({ partnershipId }: { partnershipId?: string }) {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error } = useAppQuery(MyCalendarFeedsQuery);
  // A feed touches only the feed list: refetching it alone keeps the meeting pages' other
  // queries (useMeetingMutation's) out of the partnership page's first JS.
  const m = useMutationResult({ refetch: [MyCalendarFeedsQuery] });
  const { run, busy } = m;
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function create() {
    const outcome = await run(CreateCalendarFeedMutation, {
      input: { partnershipId: partnershipId ?? null },
    });
    if (outcome.ok) setUrl(outcome.data.created.url);
  }

  const feeds = (data?.myCalendarFeeds.edges.map((e) => e.node) ?? []).filter(
    (feed) => !partnershipId || feed.partnership?.id === partnershipId,
  );
  return (
    <div className="calendar-feeds">
      <MutationAlert result={m} />
      {loading && !data && <p aria-live="polite">{t('meetings.loading')}</p>}
      {error && <LoadFailure error={error} text={t('meetings.error')} />}
      {data && feeds.length === 0 && <p>{t('calendar.empty')}</p>}
      {feeds.length > 0 && (
        <ul className="plain-list">
          {feeds.map((feed) => (
            <li key={feed.id}>
              {feed.partnership
                ? t('calendar.partnership', { name: feed.partnership.name })
                : t('calendar.personal')}{' '}
              · {t('calendar.created', { date: formatDate(locale, feed.createdAt) })}{' '}
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={t('calendar.revokeLabel', { date: formatDate(locale, feed.createdAt) })}
                disabled={busy}
                onClick={async () => {
                  const outcome = await run(RevokeCalendarFeedMutation, {
                    input: { calendarFeedId: feed.id },
                  });
                  if (outcome.ok) setStatus(t('calendar.revoked'));
                }}
              >
                {t('calendar.revoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button" disabled={busy} onClick={create}>
        {partnershipId ? t('calendar.createFor') : t('calendar.create')}
      </button>
      {url && (
        <div className="calendar-feeds__new">
          <label htmlFor="new-feed-url">{t('calendar.newUrl')}</label>
          <input id="new-feed-url" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <button
            type="button"
            className="button button--small button--secondary"
            onClick={() => navigator.clipboard?.writeText(url).then(() => setStatus(t('calendar.copied')))}
          >
            {t('calendar.copy')}
          </button>
        </div>
      )}
      <p aria-live="polite" className="hint">
        {status}
      </p>
    </div>
  );
}
