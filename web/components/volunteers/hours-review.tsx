'use client';

import { graphql } from '../../gql';
import type { HoursDecision } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate, formatNumber } from '../../lib/i18n/format';
import { MutationAlert } from '../ui/mutation-alert';
import { TableScroll } from '../ui/table-scroll';
import { BulkDecisionButtons, useBulkReview } from './bulk-review';

const HoursReviewQuery = graphql(`
  query HoursReview($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Partnership {
        volunteerHours(first: 50, status: PENDING) {
          totalCount
          edges {
            node {
              id
              date
              hours
              note
              volunteer {
                name
              }
              activity {
                id
                title
              }
            }
          }
        }
        volunteerHoursSummary {
          approvedHours
          pendingHours
          activities {
            approvedHours
            pendingHours
            activity {
              id
              title
            }
          }
        }
      }
    }
  }
`);

const DecideHoursMutation = graphql(`
  mutation DecideVolunteerHours($input: DecideVolunteerHoursInput!) {
    decideVolunteerHours(input: $input) {
      __typename
      ... on DecideVolunteerHoursSuccess {
        hours {
          id
          status
        }
      }
      ...MutationFailure
    }
  }
`);

export function HoursReview({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const locale = useLocale();
  const { data, loading } = useAppQuery(HoursReviewQuery, {
    variables: { id: partnershipId },
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node?.__typename === 'Partnership' ? data.node : null;
  const rows = node?.volunteerHours.edges.map((e) => e.node) ?? [];
  const summary = node?.volunteerHoursSummary;
  const n = (value: number) => formatNumber(locale, value, { maximumFractionDigits: 2 });
  const { selected, toggle, run, result } = useBulkReview({
    mutation: DecideHoursMutation,
    variables: (ids: string[], decision: HoursDecision) => ({ input: { hoursIds: ids, decision } }),
    successText: (decision, count) =>
      t(decision === 'APPROVED' ? 'volunteers.coord.hoursApproved' : 'volunteers.coord.hoursRejected', {
        count,
      }),
    refetch: [HoursReviewQuery],
  });

  return (
    <section aria-labelledby="hours-review-heading" aria-busy={loading}>
      <h3 id="hours-review-heading">
        {t('volunteers.coord.hoursTitle', { count: node?.volunteerHours.totalCount ?? 0 })}
      </h3>
      <MutationAlert result={result} />
      {!data ? (
        <p className="status">{t('volunteers.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="status">{t('volunteers.coord.noHours')}</p>
      ) : (
        <>
          <BulkDecisionButtons
            disabled={!selected.size || result.busy}
            approveLabel={t('volunteers.coord.approveHoursSelected', { count: selected.size })}
            rejectLabel={t('volunteers.coord.rejectHoursSelected', { count: selected.size })}
            onApprove={() => run([...selected], 'APPROVED')}
            onReject={() => run([...selected], 'REJECTED')}
          />
          <TableScroll label={t('a11y.wideTable')}>
            <table className="data-table">
              <caption className="visually-hidden">{t('volunteers.coord.hoursCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('volunteers.coord.choose')}</th>
                  <th scope="col">{t('volunteers.hours.date')}</th>
                  <th scope="col">{t('volunteers.coord.volunteer')}</th>
                  <th scope="col">{t('volunteers.hours.activity')}</th>
                  <th scope="col">{t('volunteers.hours.hours')}</th>
                  <th scope="col">{t('volunteers.hours.note')}</th>
                  <th scope="col">{t('volunteers.coord.decide')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((h) => {
                  const name = h.volunteer?.name || t('volunteers.anonymised');
                  return (
                    <tr key={h.id}>
                      <td>
                        <input
                          type="checkbox"
                          aria-label={t('volunteers.coord.selectHours', {
                            name,
                            date: formatDate(locale, h.date, { dateStyle: 'medium' }),
                          })}
                          checked={selected.has(h.id)}
                          onChange={() => toggle(h.id)}
                        />
                      </td>
                      <td>{formatDate(locale, h.date, { dateStyle: 'medium' })}</td>
                      <td>{name}</td>
                      <td>{h.activity.title}</td>
                      <td>{n(h.hours)}</td>
                      <td>{h.note}</td>
                      <td>
                        <button
                          type="button"
                          className="button"
                          disabled={result.busy}
                          onClick={() => run([h.id], 'APPROVED')}
                        >
                          {t('volunteers.coord.approveHours', { name, hours: n(h.hours) })}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {summary && (
        <>
          <h3>{t('volunteers.coord.summaryTitle')}</h3>
          <p>
            {t('volunteers.coord.summaryTotal', {
              approved: n(summary.approvedHours),
              pending: n(summary.pendingHours),
            })}
          </p>
          {summary.activities.length > 0 && (
            <TableScroll label={t('a11y.wideTable')}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('volunteers.hours.activity')}</th>
                    <th scope="col">{t('volunteers.coord.approvedHours')}</th>
                    <th scope="col">{t('volunteers.coord.pendingHours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {summary.activities.map((a) => (
                    <tr key={a.activity.id}>
                      <td>{a.activity.title}</td>
                      <td>{n(a.approvedHours)}</td>
                      <td>{n(a.pendingHours)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
    </section>
  );
}
