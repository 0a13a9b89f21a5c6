'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate } from '../../lib/i18n/format';
import { RetryAlert } from '../list-states';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { BookingRequestsQuery, bookingDocuments } from './documents';
import { resourcePath } from './resource-ids';

const ApproveBookingMutation = graphql(`
  mutation ApproveBooking($input: DecideBookingInput!) {
    approveBooking(input: $input) {
      __typename
      ... on ApproveBookingSuccess {
        booking {
          id
          status
        }
      }
      ...MutationFailure
    }
  }
`);

const DeclineBookingMutation = graphql(`
  mutation DeclineBooking($input: DecideBookingInput!) {
    declineBooking(input: $input) {
      __typename
      ... on DeclineBookingSuccess {
        booking {
          id
          status
        }
      }
      ...MutationFailure
    }
  }
`);

export function useSlotLabel() {
  const locale = useLocale();
  return (startsAt: string, endsAt: string) => {
    const day = formatDate(locale, startsAt, { dateStyle: 'full' });
    const from = formatDate(locale, startsAt, { dateStyle: undefined, timeStyle: 'short' });
    const to = formatDate(locale, endsAt, { dateStyle: undefined, timeStyle: 'short' });
    const sameDay = day === formatDate(locale, endsAt, { dateStyle: 'full' });
    return sameDay
      ? `${day} ${from}–${to}`
      : `${day} ${from} – ${formatDate(locale, endsAt, { dateStyle: 'full' })} ${to}`;
  };
}

// Requests waiting for the owner's decision: of one resource, or of every resource they manage.
export function BookingRequests({
  resourceId,
  headingLevel = 2,
}: {
  resourceId?: string;
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const slotLabel = useSlotLabel();
  const { data, loading, error, refetch } = useAppQuery(BookingRequestsQuery, {
    variables: { resourceId: resourceId ?? null },
  });
  const decision = useMutationResult({ refetch: bookingDocuments });
  const Heading = `h${headingLevel}` as const;

  async function decide(id: string, approveIt: boolean) {
    const variables = { input: { bookingId: id } };
    if (approveIt) await decision.run(ApproveBookingMutation, variables, t('res.req.approved'));
    else await decision.run(DeclineBookingMutation, variables, t('res.req.declined'));
  }

  const requests = data?.bookingRequests.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="requests-heading" className="booking-requests" aria-busy={loading}>
      <Heading id="requests-heading">{t('res.req.title')}</Heading>
      <MutationAlert result={decision} />
      {error && !data ? (
        <RetryAlert text={t('res.error')} retryLabel={t('res.retry')} onRetry={refetch} />
      ) : loading && !data ? (
        <p className="status" role="status">
          {t('res.cal.loading')}
        </p>
      ) : requests.length === 0 ? (
        <p className="status">{t('res.req.empty')}</p>
      ) : (
        <ul className="booking-list">
          {requests.map((b) => {
            const when = slotLabel(b.startsAt, b.endsAt);
            return (
              <li key={b.id}>
                <p>
                  {b.purpose && (
                    <>
                      <strong>{b.purpose}</strong> ·{' '}
                    </>
                  )}
                  {when}
                </p>
                <p className="meta">
                  {!resourceId && (
                    <>
                      <Link href={resourcePath(b.resource.id)}>{b.resource.title}</Link> ·{' '}
                    </>
                  )}
                  {b.requesterName && t('res.req.by', { name: b.requesterName })}
                  {b.partnership && ` · ${b.partnership.name}`}
                </p>
                <div className="button-row">
                  <button
                    type="button"
                    className="button"
                    disabled={decision.busy}
                    aria-label={t('res.req.approveLabel', { purpose: b.purpose ?? b.resource.title, when })}
                    onClick={() => decide(b.id, true)}
                  >
                    {t('res.req.approve')}
                  </button>
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={decision.busy}
                    aria-label={t('res.req.declineLabel', { purpose: b.purpose ?? b.resource.title, when })}
                    onClick={() => decide(b.id, false)}
                  >
                    {t('res.req.decline')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
