'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDateTimeRange } from '../../lib/i18n/format';
import { LoadMore } from '../ui/load-more';
import { MeetingListQuery } from './documents';
import { PlanMeetingForm } from './plan-meeting-form';

export const MeetingSummaryFields = graphql(`
  fragment MeetingSummaryFields on Meeting {
    id
    title
    startsAt
    endsAt
    status
    address
    onlineUrl
    room
  }
`);

/** The raw UUID behind a Relay global ID: meeting pages live at /moeder/<uuid>. */
export function meetingPath(globalId: string): string {
  const decoded = atob(globalId);
  return `/moeder/${decoded.slice(decoded.indexOf(':') + 1)}`;
}

type Summary = { id: string; title: string; startsAt: string; endsAt: string; status: string };

function MeetingRows({ meetings, empty }: { meetings: Summary[]; empty: string }) {
  const t = useT();
  const locale = useLocale();
  if (meetings.length === 0) return <p>{empty}</p>;
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="meeting-list__item">
          <Link href={meetingPath(m.id)}>{m.title}</Link>
          <span>{formatDateTimeRange(locale, m.startsAt, m.endsAt)}</span>
          <span className={`meeting-status meeting-status--${m.status.toLowerCase()}`}>
            {t(`meetings.status.${m.status as 'PLANNED' | 'CLOSED' | 'CANCELLED'}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function MeetingList({ slug }: { slug: string }) {
  const t = useT();
  const { data, loading, error, fetchMore } = useAppQuery(MeetingListQuery, { variables: { slug } });
  if (loading && !data) return <p aria-live="polite">{t('meetings.loading')}</p>;
  if (error || !data?.partnership) {
    return (
      <p role="alert" className="alert">
        {error ? t('meetings.error') : t('meetings.notFound')}
      </p>
    );
  }
  const p = data.partnership;
  const more = (which: 'upcoming' | 'past') =>
    fetchMore({
      variables:
        which === 'upcoming'
          ? { upcomingAfter: p.upcoming.pageInfo.endCursor }
          : { pastAfter: p.past.pageInfo.endCursor },
      // The newer answer holds the other list's first page only: the pages it has shown stay.
      updateQuery: appendPage(['partnership', which], { restFrom: 'previous' }),
    });
  return (
    <>
      <h1>{t('meetings.title', { name: p.name })}</h1>
      <p>
        <Link href={`/partnerskaber/${slug}`}>{p.name}</Link>
      </p>
      {p.viewerCanCoordinate && <PlanMeetingForm partnershipId={p.id} />}
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('meetings.upcoming')}</h2>
        <MeetingRows meetings={p.upcoming.edges.map((e) => e.node)} empty={t('meetings.noUpcoming')} />
        {p.upcoming.pageInfo.hasNextPage && (
          <LoadMore label={t('meetings.loadMore')} load={() => more('upcoming')} />
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t('meetings.past')}</h2>
        <MeetingRows meetings={p.past.edges.map((e) => e.node)} empty={t('meetings.noPast')} />
        {p.past.pageInfo.hasNextPage && <LoadMore label={t('meetings.loadMore')} load={() => more('past')} />}
      </section>
    </>
  );
}
