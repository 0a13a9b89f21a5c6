import Link from 'next/link';
import { graphql } from '../../gql';
import type { VolunteerActivityCardFragment } from '../../gql/graphql';
import type { Translate } from '../../lib/i18n/messages';
import { opportunityPath } from './ids';

export const VolunteerActivityCard = graphql(`
  fragment VolunteerActivityCard on Activity {
    id
    title
    partnershipName
    scheduleText
    arenas
    targetGroups
    address
    location {
      lat
      lon
    }
    area {
      id
      name
      municipality {
        id
        name
      }
    }
    opportunities(first: 3) {
      edges {
        node {
          id
          title
          volunteersNeeded
          contactOrganisation {
            name
          }
        }
      }
    }
  }
`);

export function ActivityCard({ activity, t }: { activity: VolunteerActivityCardFragment; t: Translate }) {
  const opportunities = activity.opportunities.edges.map((e) => e.node);
  return (
    <li className="activity-card">
      <h3>{activity.title}</h3>
      <p className="meta">
        {[activity.area?.name, activity.area?.municipality.name, activity.partnershipName]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {activity.scheduleText && <p>{activity.scheduleText}</p>}
      <p className="tags">
        {activity.arenas.map((arena) => (
          <span key={arena} className="tag">
            {t(`volunteers.arena.${arena}`)}
          </span>
        ))}
        {activity.targetGroups.map((group) => (
          <span key={group} className="tag tag--group">
            {t(`volunteers.targetGroup.${group}`)}
          </span>
        ))}
      </p>
      {opportunities.length > 0 ? (
        <ul className="opportunity-links">
          {opportunities.map((o) => (
            <li key={o.id}>
              <Link href={opportunityPath(o.id)}>{o.title}</Link>{' '}
              <span className="meta">
                {t('volunteers.neededShort', { count: o.volunteersNeeded })} · {o.contactOrganisation.name}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="meta">{t('volunteers.noOpportunities')}</p>
      )}
    </li>
  );
}
