'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { ActivityForm } from './activity-form';
import { opportunityPath } from './ids';
import { OpportunityForm } from './opportunity-form';

const ActivityManagerQuery = graphql(`
  query ActivityManager($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Partnership {
        areas {
          id
          name
        }
        members(first: 30) {
          edges {
            node {
              id
              organisation {
                id
                name
              }
            }
          }
        }
        volunteerActivities(first: 15) {
          totalCount
          edges {
            node {
              id
              title
              published
              scheduleText
              allOpportunities(first: 5) {
                edges {
                  node {
                    id
                    title
                    published
                    volunteersNeeded
                    approvedVolunteers
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`);

const PublishActivityMutation = graphql(`
  mutation SetActivityPublished($input: SetActivityPublishedInput!) {
    setActivityPublished(input: $input) {
      __typename
      ... on SetActivityPublishedSuccess {
        activity {
          id
          published
        }
      }
    }
  }
`);

const PublishOpportunityMutation = graphql(`
  mutation SetOpportunityPublished($input: SetVolunteerOpportunityPublishedInput!) {
    setVolunteerOpportunityPublished(input: $input) {
      __typename
      ... on SetVolunteerOpportunityPublishedSuccess {
        opportunity {
          id
          published
        }
      }
    }
  }
`);

export function ActivityManager({ partnershipId }: { partnershipId: string }) {
  const t = useT();
  const { data } = useAppQuery(ActivityManagerQuery, { variables: { id: partnershipId } });
  const publishing = useMutationResult({ refetch: [ActivityManagerQuery] });
  const node = data?.node?.__typename === 'Partnership' ? data.node : null;
  if (!node) return <p className="status">{t('volunteers.loading')}</p>;
  const activities = node.volunteerActivities.edges.map((e) => e.node);
  const organisations = node.members.edges.map((e) => e.node.organisation);

  return (
    <section aria-labelledby="activities-heading">
      <h3 id="activities-heading">
        {t('volunteers.coord.activitiesTitle', { count: node.volunteerActivities.totalCount })}
      </h3>
      <MutationAlert result={publishing} />
      {activities.length === 0 ? (
        <p className="status">{t('volunteers.coord.noActivities')}</p>
      ) : (
        <ul className="manage-list">
          {activities.map((a) => (
            <li key={a.id}>
              <p>
                <strong>{a.title}</strong> <span className="meta">{a.scheduleText}</span>{' '}
                <span className="status-badge">
                  {t(a.published ? 'volunteers.coord.published' : 'volunteers.coord.draft')}
                </span>
              </p>
              <button
                type="button"
                className="button button--secondary"
                disabled={publishing.busy}
                onClick={() =>
                  publishing.run(PublishActivityMutation, {
                    input: { activityId: a.id, published: !a.published },
                  })
                }
              >
                {t(a.published ? 'volunteers.coord.unpublish' : 'volunteers.coord.publish', {
                  title: a.title,
                })}
              </button>
              <ul>
                {a.allOpportunities.edges.map(({ node: o }) => (
                  <li key={o.id}>
                    <Link href={opportunityPath(o.id)}>{o.title}</Link>{' '}
                    <span className="meta">
                      {t('volunteers.coord.filled', {
                        approved: o.approvedVolunteers,
                        needed: o.volunteersNeeded,
                      })}{' '}
                      · {t(o.published ? 'volunteers.coord.published' : 'volunteers.coord.draft')}
                    </span>{' '}
                    <button
                      type="button"
                      className="link-button"
                      disabled={publishing.busy}
                      onClick={() =>
                        publishing.run(PublishOpportunityMutation, {
                          input: { opportunityId: o.id, published: !o.published },
                        })
                      }
                    >
                      {t(o.published ? 'volunteers.coord.unpublish' : 'volunteers.coord.publish', {
                        title: o.title,
                      })}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <details className="create-panel">
        <summary>{t('volunteers.coord.newActivity')}</summary>
        <ActivityForm partnershipId={partnershipId} areas={node.areas} refetch={[ActivityManagerQuery]} />
      </details>
      {activities.length > 0 && (
        <details className="create-panel">
          <summary>{t('volunteers.coord.newOpportunity')}</summary>
          <OpportunityForm
            activities={activities}
            organisations={organisations}
            refetch={[ActivityManagerQuery]}
          />
        </details>
      )}
    </section>
  );
}
