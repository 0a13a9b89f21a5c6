'use client';

import { graphql } from '../../gql';
import type { SignUpDecision } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate } from '../../lib/i18n/format';
import { MutationAlert } from '../ui/mutation-alert';
import { BulkDecisionButtons, useBulkReview } from './bulk-review';
import { statusText } from './sign-up-status';

// Sign-ups awaiting a reply and those on a waiting list, with what a coordinator decides on.
graphql(`
  fragment ReviewedSignUp on VolunteerSignUp {
    id
    status
    waitlistPosition
    message
    createdAt
    volunteer {
      name
      email
      phone
      languages
      skills
    }
    opportunity {
      id
      title
    }
  }
`);

const SignUpReviewQuery = graphql(`
  query SignUpReview($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Partnership {
        volunteerSignUps(first: 50, status: APPLIED) {
          totalCount
          edges {
            node {
              ...ReviewedSignUp
            }
          }
        }
        waiting: volunteerSignUps(first: 50, status: WAITLISTED) {
          totalCount
          edges {
            node {
              ...ReviewedSignUp
            }
          }
        }
      }
    }
  }
`);

const DecideSignUpsMutation = graphql(`
  mutation DecideVolunteerSignUps($input: DecideVolunteerSignUpsInput!) {
    decideVolunteerSignUps(input: $input) {
      __typename
      ... on DecideVolunteerSignUpsSuccess {
        signUps {
          id
          status
        }
      }
      ...MutationFailure
    }
  }
`);

export function SignUpReview({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const locale = useLocale();
  const { data, loading } = useAppQuery(SignUpReviewQuery, {
    variables: { id: partnershipId },
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node?.__typename === 'Partnership' ? data.node : null;
  const signUps = [...(node?.volunteerSignUps.edges ?? []), ...(node?.waiting.edges ?? [])].map(
    (e) => e.node,
  );
  const { selected, toggle, run, result } = useBulkReview({
    mutation: DecideSignUpsMutation,
    variables: (ids: string[], decision: SignUpDecision) => ({ input: { signUpIds: ids, decision } }),
    successText: (decision, count) =>
      t(decision === 'APPROVED' ? 'volunteers.coord.approvedCount' : 'volunteers.coord.declinedCount', {
        count,
      }),
    refetch: [SignUpReviewQuery],
  });

  return (
    <section aria-labelledby="review-heading" aria-busy={loading}>
      <h3 id="review-heading">
        {t('volunteers.coord.signUpsTitle', { count: node?.volunteerSignUps.totalCount ?? 0 })}
        {!!node?.waiting.totalCount &&
          ` · ${t('volunteers.coord.waitingCount', { count: node.waiting.totalCount })}`}
      </h3>
      <MutationAlert result={result} />
      {!data ? (
        <p className="status">{t('volunteers.loading')}</p>
      ) : signUps.length === 0 ? (
        <p className="status">{t('volunteers.coord.noSignUps')}</p>
      ) : (
        <>
          <BulkDecisionButtons
            disabled={!selected.size || result.busy}
            approveLabel={t('volunteers.coord.approveSelected', { count: selected.size })}
            rejectLabel={t('volunteers.coord.declineSelected', { count: selected.size })}
            onApprove={() => run([...selected], 'APPROVED')}
            onReject={() => run([...selected], 'DECLINED')}
          />
          <ul className="review-list">
            {signUps.map((s) => {
              const name = s.volunteer?.name || t('volunteers.anonymised');
              return (
                <li key={s.id}>
                  <label className="checkbox">
                    <input type="checkbox" checked={selected.has(s.id)} onChange={() => toggle(s.id)} />
                    <span>{t('volunteers.coord.select', { name, title: s.opportunity.title })}</span>
                  </label>
                  <p>
                    <strong>{name}</strong> · {s.opportunity.title}
                    {s.status === 'WAITLISTED' && (
                      <>
                        {' '}
                        <span className="status-badge status-badge--waitlisted">{statusText(t, s)}</span>
                      </>
                    )}
                    <span className="meta">
                      {' '}
                      · {formatDate(locale, s.createdAt, { dateStyle: 'medium' })}
                    </span>
                  </p>
                  {s.volunteer && (
                    <p className="meta">
                      {[
                        s.volunteer.email,
                        s.volunteer.phone,
                        s.volunteer.languages.join(', '),
                        s.volunteer.skills.join(', '),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                  )}
                  {s.message && <blockquote>{s.message}</blockquote>}
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button"
                      disabled={result.busy}
                      onClick={() => run([s.id], 'APPROVED')}
                    >
                      {t('volunteers.coord.approve', { name })}
                    </button>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={result.busy}
                      onClick={() => run([s.id], 'DECLINED')}
                    >
                      {t('volunteers.coord.decline', { name })}
                    </button>
                  </div>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
