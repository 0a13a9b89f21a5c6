'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate, formatNumber } from '../../lib/i18n/format';
import { RetryAlert } from '../list-states';
import { MutationAlert } from '../ui/mutation-alert';
import { TableScroll } from '../ui/table-scroll';
import { useMutationResult } from '../ui/use-mutation-result';
import { opportunityPath } from './ids';
import { LogHoursForm } from './log-hours-form';
import { ShiftWhen } from './shift-when';
import { statusText } from './sign-up-status';

const MyCommitmentsQuery = graphql(`
  query MyCommitments {
    mySignUps(first: 30) {
      totalCount
      edges {
        node {
          id
          status
          waitlistPosition
          createdAt
          decidedAt
          opportunity {
            id
            title
            activity {
              id
              title
            }
            contactOrganisation {
              name
            }
          }
        }
      }
    }
    myUpcomingShifts(first: 20) {
      edges {
        node {
          id
          startsAt
          endsAt
          cancelled
          opportunity {
            id
            title
          }
        }
      }
    }
    myVolunteerHours(first: 30) {
      totalCount
      edges {
        node {
          id
          date
          hours
          note
          status
          activity {
            id
            title
          }
        }
      }
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawSignUp($input: WithdrawSignUpInput!) {
    withdrawSignUp(input: $input) {
      __typename
      ... on WithdrawSignUpSuccess {
        signUp {
          id
          status
        }
      }
      ...MutationFailure
    }
  }
`);

export function MyCommitments() {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error, refetch } = useAppQuery(MyCommitmentsQuery, {
    fetchPolicy: 'cache-and-network',
  });
  const withdrawal = useMutationResult({ refetch: [MyCommitmentsQuery] });

  if (error && !data) {
    return <RetryAlert text={t('volunteers.error')} retryLabel={t('volunteers.retry')} onRetry={refetch} />;
  }
  if (!data) {
    return (
      <p className="status" role="status">
        {t('volunteers.loading')}
      </p>
    );
  }
  const signUps = data.mySignUps.edges.map((e) => e.node);
  const shifts = data.myUpcomingShifts.edges.map((e) => e.node);
  const hours = data.myVolunteerHours.edges.map((e) => e.node);
  const approvedActivities = [
    ...new Map(
      signUps
        .filter((s) => s.status === 'APPROVED')
        .map((s) => [s.opportunity.activity.id, s.opportunity.activity]),
    ).values(),
  ];

  return (
    <div className="commitments" aria-busy={loading}>
      <section aria-labelledby="sign-ups-heading">
        <h2 id="sign-ups-heading">{t('volunteers.mine.signUps')}</h2>
        <MutationAlert result={withdrawal} />
        {signUps.length === 0 ? (
          <p className="status">
            {t('volunteers.mine.noSignUps')} <Link href="/frivillig">{t('volunteers.mine.find')}</Link>
          </p>
        ) : (
          <ul className="commitment-list">
            {signUps.map((s) => (
              <li key={s.id}>
                <Link href={opportunityPath(s.opportunity.id)}>{s.opportunity.title}</Link>
                <span className="meta"> · {s.opportunity.activity.title}</span>
                <p>
                  <span className={`status-badge status-badge--${s.status.toLowerCase()}`}>
                    {statusText(t, s)}
                  </span>{' '}
                  <span className="meta">
                    {t('volunteers.mine.signedUpAt', { date: formatDate(locale, s.createdAt) })}
                  </span>
                </p>
                {(s.status === 'APPLIED' || s.status === 'APPROVED' || s.status === 'WAITLISTED') && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={withdrawal.busy}
                    onClick={() => {
                      if (window.confirm(t('volunteers.mine.withdrawConfirm'))) {
                        void withdrawal.run(WithdrawMutation, { input: { signUpId: s.id } });
                      }
                    }}
                  >
                    {t('volunteers.mine.withdraw', { title: s.opportunity.title })}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="shifts-heading">
        <h2 id="shifts-heading">{t('volunteers.mine.shifts')}</h2>
        {shifts.length === 0 ? (
          <p className="status">{t('volunteers.mine.noShifts')}</p>
        ) : (
          <ul className="shift-list">
            {shifts.map((s) => (
              <li key={s.id}>
                <ShiftWhen shift={s} locale={locale} t={t} />: {s.opportunity.title}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="log-heading">
        <h2 id="log-heading">{t('volunteers.hours.logTitle')}</h2>
        {approvedActivities.length === 0 ? (
          <p className="status">{t('volunteers.hours.needApproval')}</p>
        ) : (
          <LogHoursForm activities={approvedActivities} refetch={[MyCommitmentsQuery]} />
        )}
      </section>

      <section aria-labelledby="hours-heading">
        <h2 id="hours-heading">{t('volunteers.hours.mine')}</h2>
        {hours.length === 0 ? (
          <p className="status">{t('volunteers.hours.none')}</p>
        ) : (
          <TableScroll label={t('a11y.wideTable')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('volunteers.hours.date')}</th>
                  <th scope="col">{t('volunteers.hours.activity')}</th>
                  <th scope="col">{t('volunteers.hours.hours')}</th>
                  <th scope="col">{t('volunteers.hours.note')}</th>
                  <th scope="col">{t('volunteers.hours.status')}</th>
                </tr>
              </thead>
              <tbody>
                {hours.map((h) => (
                  <tr key={h.id}>
                    <td>{formatDate(locale, h.date, { dateStyle: 'medium' })}</td>
                    <td>{h.activity.title}</td>
                    <td>{formatNumber(locale, h.hours)}</td>
                    <td>{h.note}</td>
                    <td>{t(`volunteers.hoursStatus.${h.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
