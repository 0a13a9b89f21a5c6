'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { RetryAlert } from '../list-states';
import { LoadMore } from '../ui/load-more';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { useSlotLabel } from './booking-requests';
import { bookingDocuments, MyBookingsQuery } from './documents';
import { resourcePath } from './resource-ids';
import '../../app/styles/resources.css';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';

const CancelBookingMutation = graphql(`
  mutation CancelBooking($input: CancelBookingInput!) {
    cancelBooking(input: $input) {
      __typename
      ... on CancelBookingSuccess {
        booking {
          id
          status
          viewerCanCancel
        }
      }
      ...MutationFailure
    }
  }
`);

export function MyBookings() {
  const t = useT();
  const slotLabel = useSlotLabel();
  const { data, loading, error, refetch, fetchMore } = useAppQuery(MyBookingsQuery);
  const cancellation = useMutationResult({ refetch: bookingDocuments });

  async function onCancel(id: string) {
    await cancellation.run(CancelBookingMutation, { input: { bookingId: id } }, t('res.mine.cancelled'));
  }

  const bookings = data?.myBookings.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="mine-heading" aria-busy={loading}>
      <h2 id="mine-heading">{t('res.mine.upcoming')}</h2>
      <MutationAlert result={cancellation} />
      {error && !data ? (
        <RetryAlert text={t('res.error')} retryLabel={t('res.retry')} onRetry={refetch} />
      ) : loading && !data ? (
        <p className="status" role="status">
          {t('res.cal.loading')}
        </p>
      ) : bookings.length === 0 ? (
        <p className="status">
          {t('res.mine.empty')} <Link href="/ressourcer">{t('res.mine.findResources')}</Link>
        </p>
      ) : (
        <ul className="booking-list">
          {bookings.map((b) => {
            const when = slotLabel(b.startsAt, b.endsAt);
            return (
              <li key={b.id}>
                <p>
                  <strong>
                    <Link href={resourcePath(b.resource.id)}>{b.resource.title}</Link>
                  </strong>{' '}
                  · {when}
                </p>
                <p className="meta">
                  {b.purpose && `${b.purpose} · `}
                  <span className={`badge badge--${b.status.toLowerCase()}`}>
                    {t(`res.status.${b.status}`)}
                  </span>
                </p>
                {b.viewerCanCancel && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={cancellation.busy}
                    aria-label={t('res.mine.cancelLabel', { purpose: b.purpose ?? b.resource.title, when })}
                    onClick={() => onCancel(b.id)}
                  >
                    {t('res.mine.cancel')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {data?.myBookings.pageInfo.hasNextPage && (
        <LoadMore
          label={t('res.more')}
          load={() =>
            fetchMore({
              variables: { after: data.myBookings.pageInfo.endCursor },
              updateQuery: appendPage(['myBookings']),
            })
          }
        />
      )}
    </section>
  );
}
