import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { MyCalendarFeedsQuery } from '../../../components/meetings/calendar-feed-documents';
import { PartnershipMeetingsSection } from '../../../components/meetings/partnership-meetings-section';
import { PartnershipOutcomesSection } from '../../../components/outcome/partnership-outcomes-section';
import { PartnershipAreas } from '../../../components/partnership-areas';
import { PartnershipCoordinators } from '../../../components/partnership-coordinators';
import {
  PartnershipBridgeFiguresQuery,
  PartnershipBridgeQuery,
  PartnershipCoordinatorsQuery,
  PartnershipHistoryQuery,
  PartnershipInvitationsQuery,
  PartnershipMembersQuery,
  PartnershipSignOnFeesQuery,
} from '../../../components/partnership-documents';
import { PartnershipFunding } from '../../../components/partnership-funding';
import { PartnershipHeader } from '../../../components/partnership-header';
import { PartnershipHistory } from '../../../components/partnership-history';
import { PartnershipMembers } from '../../../components/partnership-members';
import { PartnershipBridgeSection } from '../../../components/referrals/partnership-bridge-section';
import { PartnershipResources } from '../../../components/resources/partnership-resources';
import { PartnershipVolunteers } from '../../../components/volunteers/partnership-volunteers';
import { graphql } from '../../../gql';
import { PrimedQueries } from '../../../lib/apollo/primed-queries';
import { getTranslator } from '../../../lib/i18n/server';
import { primeQuery, serverQuery } from '../../../lib/server/graphql';
import { getViewer } from '../../../lib/server/viewer';
import '../../styles/partnerships.css';
import '../../styles/referrals.css';

const PartnershipPageQuery = graphql(`
  query PartnershipPage($slug: String!) {
    partnership(slug: $slug) {
      id
      slug
      name
      viewerCanCoordinate
      ...PartnershipHeader
      ...PartnershipAreas
      ...PartnershipFunding
    }
  }
`);

type Props = { params: Promise<{ slug: string }> };

// serverQuery shares one API call per request between the metadata and the page.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await serverQuery(PartnershipPageQuery, { slug: (await params).slug });
  return { title: data?.partnership?.name ?? (await getTranslator()).t('partnerships.title') };
}

/**
 * The partnership's page. Sections come one after another in reading order; each is ONE line
 * here and lives in its own component file, which takes the `section` props below:
 *   { partnershipId: global id, slug, canCoordinate: viewer coordinates it or is an admin }.
 * Capabilities (meetings, resources, volunteers, outcomes) add their line in the marked slot.
 */
export default async function PartnershipPage({ params }: Props) {
  const { slug } = await params;
  const viewer = await getViewer();
  if (!viewer) redirect(`/log-ind?next=/partnerskaber/${encodeURIComponent(slug)}`);
  const data = await serverQuery(PartnershipPageQuery, { slug });
  const partnership = data?.partnership;
  if (!partnership) notFound();
  const section = {
    partnershipId: partnership.id,
    slug: partnership.slug,
    canCoordinate: partnership.viewerCanCoordinate,
  };
  // The client islands' lists, answered here so the page arrives complete (first paint).
  const primed = await Promise.all([
    primeQuery(PartnershipMembersQuery, { slug }),
    primeQuery(PartnershipSignOnFeesQuery, { slug }),
    section.canCoordinate ? primeQuery(PartnershipHistoryQuery, { slug }) : null,
    viewer.role === 'ADMIN' ? primeQuery(PartnershipCoordinatorsQuery, { slug, search: null }) : null,
    section.canCoordinate ? primeQuery(PartnershipBridgeQuery, { id: partnership.id }) : null,
    // The bridge figures unfiltered, as the section first asks (no organisation, no period).
    section.canCoordinate
      ? primeQuery(PartnershipBridgeFiguresQuery, {
          id: partnership.id,
          association: null,
          from: null,
          to: null,
        })
      : null,
    section.canCoordinate ? primeQuery(PartnershipInvitationsQuery, { partnershipId: partnership.id }) : null,
    primeQuery(MyCalendarFeedsQuery, {}),
  ]);

  return (
    <PrimedQueries queries={primed}>
      <article className="partnership-page">
        <PartnershipHeader partnership={partnership} />

        {/* ── Sections ─────────────────────────────────────────────────────────── */}
        <PartnershipAreas partnership={partnership} />
        <PartnershipMembers {...section} />
        <PartnershipFunding partnership={partnership} />
        {/* meetings: */}
        <PartnershipMeetingsSection {...section} />
        {/* resources: */}
        <PartnershipResources {...section} />
        {/* volunteers: */}
        <PartnershipVolunteers {...section} />
        {/* outcomes: */}
        <PartnershipOutcomesSection {...section} />
        {/* bridge-building: */}
        <PartnershipBridgeSection {...section} />
        {/* ── End of sections; history stays last (coordinators and admins only). ── */}
        {viewer.role === 'ADMIN' && <PartnershipCoordinators {...section} />}
        {section.canCoordinate && <PartnershipHistory {...section} />}
      </article>
    </PrimedQueries>
  );
}
