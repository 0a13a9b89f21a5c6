import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { globalIdOf, looksLikeUuid } from '../../../components/volunteers/ids';
import { ShiftManager } from '../../../components/volunteers/shift-manager';
import { ShiftWhen } from '../../../components/volunteers/shift-when';
import { SignUpForm } from '../../../components/volunteers/sign-up-form';
import { graphql } from '../../../gql';
import { formatDate } from '../../../lib/i18n/format';
import { getTranslator } from '../../../lib/i18n/server';
import { serverQuery } from '../../../lib/server/graphql';
import { getViewer } from '../../../lib/server/viewer';
import '../../../styles/volunteers.css';

const OpportunityPageQuery = graphql(`
  query OpportunityPage($id: ID!) {
    volunteerOpportunity(id: $id) {
      id
      title
      description
      volunteersNeeded
      approvedVolunteers
      skillsWanted
      published
      contactOrganisation {
        name
        email
        phone
        website
      }
      activity {
        id
        title
        description
        scheduleText
        address
        startsOn
        endsOn
        arenas
        targetGroups
        partnershipName
        area {
          id
          name
          municipality {
            id
            name
          }
        }
      }
      viewerCanCoordinate
      upcomingShifts(first: 20) {
        totalCount
        edges {
          node {
            id
            startsAt
            endsAt
            cancelled
          }
        }
      }
    }
  }
`);

type Props = { params: Promise<{ id: string }> };

async function load(id: string) {
  if (!looksLikeUuid(id)) return null;
  return (
    (await serverQuery(OpportunityPageQuery, { id: globalIdOf('VolunteerOpportunity', id) }))
      ?.volunteerOpportunity ?? null
  );
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const opportunity = await load((await params).id);
  return { title: opportunity?.title ?? (await getTranslator()).t('volunteers.title') };
}

export default async function OpportunityPage({ params }: Props) {
  const { id } = await params;
  const [{ t, locale }, viewer, opportunity] = await Promise.all([getTranslator(), getViewer(), load(id)]);
  if (!opportunity) notFound();
  const { activity, contactOrganisation: contact } = opportunity;
  const shifts = opportunity.upcomingShifts.edges.map((e) => e.node);
  return (
    <article className="opportunity-page">
      <p>
        <Link href="/frivillig">{t('volunteers.back')}</Link>
      </p>
      <h1>{opportunity.title}</h1>
      <p className="lead">{opportunity.description}</p>
      <div className="opportunity-grid">
        <section aria-labelledby="what-heading">
          <h2 id="what-heading">{t('volunteers.page.what')}</h2>
          <p>
            <strong>{activity.title}</strong>
          </p>
          <p>{activity.description}</p>
          {opportunity.skillsWanted.length > 0 && (
            <p>
              {t('volunteers.page.skills')}: {opportunity.skillsWanted.join(', ')}
            </p>
          )}
          <p>
            {t('volunteers.page.needed', {
              needed: opportunity.volunteersNeeded,
              approved: opportunity.approvedVolunteers,
            })}
          </p>
        </section>
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{t('volunteers.page.where')}</h2>
          <p>
            {[activity.address, activity.area?.name, activity.area?.municipality.name]
              .filter(Boolean)
              .join(', ') || t('volunteers.page.noPlace')}
          </p>
          <h2>{t('volunteers.page.when')}</h2>
          {activity.scheduleText && <p>{activity.scheduleText}</p>}
          {activity.startsOn && (
            <p>
              {t('volunteers.page.period', {
                from: formatDate(locale, activity.startsOn),
                to: activity.endsOn ? formatDate(locale, activity.endsOn) : '…',
              })}
            </p>
          )}
          {opportunity.viewerCanCoordinate ? (
            <ShiftManager opportunityId={opportunity.id} shifts={shifts} />
          ) : shifts.length > 0 ? (
            <ul className="shift-list" aria-label={t('volunteers.page.shifts')}>
              {shifts.map((s) => (
                <li key={s.id}>
                  <ShiftWhen shift={s} locale={locale} t={t} />
                </li>
              ))}
            </ul>
          ) : (
            <p className="meta">{t('volunteers.page.noShifts')}</p>
          )}
        </section>
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{t('volunteers.page.contact')}</h2>
          <p>
            <strong>{contact.name}</strong>
          </p>
          {contact.email && (
            <p>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </p>
          )}
          {contact.phone && <p>{contact.phone}</p>}
          {contact.website && (
            <p>
              <a href={contact.website}>{contact.website}</a>
            </p>
          )}
          <p className="meta">{activity.partnershipName}</p>
        </section>
      </div>
      <section aria-labelledby="sign-up-heading" className="sign-up-section">
        <h2 id="sign-up-heading">{t('volunteers.signUp.title')}</h2>
        {viewer?.role === 'VOLUNTEER' ? (
          <SignUpForm opportunityId={opportunity.id} />
        ) : viewer ? (
          <p>{t('volunteers.signUp.volunteersOnly')}</p>
        ) : (
          <p>
            <Link href={`/bliv-frivillig?next=/frivillig/${id}`}>{t('volunteers.signUp.register')}</Link>{' '}
            {t('volunteers.signUp.or')}{' '}
            <Link href={`/log-ind?next=/frivillig/${id}`}>{t('volunteers.signUp.signIn')}</Link>
          </p>
        )}
      </section>
    </article>
  );
}
