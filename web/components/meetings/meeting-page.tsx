'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate, formatDateTimeRange } from '../../lib/i18n/format';
import { PageState } from '../ui/page-state';
import { AgendaSection } from './agenda-section';
import { AnswerInvitation } from './answer-invitation';
import { CloseMeeting } from './close-meeting';
import { ActionItemsSection, CarriedSection, DecisionsSection } from './decisions-actions';
import { MeetingOptionsQuery, MeetingPageQuery } from './documents';
import { EditMeetingForm } from './edit-meeting-form';
import { MinutesSection } from './minutes-section';
import { AttendanceSection, InvitationsSection } from './people-sections';
import { SendAgenda } from './send-agenda';

export const ActionItemFields = graphql(`
  fragment ActionItemFields on ActionItem {
    id
    description
    dueOn
    status
    overdue
    owner { id name }
  }
`);

/** What the sections need of the meeting; each section queries its own lists. */
export type MeetingData = { id: string; viewerCanEdit: boolean };
export type Option = { id: string; name: string };

function useMeeting(id: string) {
  const page = useAppQuery(MeetingPageQuery, { variables: { id } });
  const canEdit = page.data?.meeting?.viewerCanEdit ?? false;
  const options = useAppQuery(MeetingOptionsQuery, { variables: { id }, skip: !canEdit });
  const people: Option[] = (options.data?.meeting?.eligiblePeople.edges ?? []).map((e) => ({
    id: e.node.id,
    name: e.node.organisation ? `${e.node.name} (${e.node.organisation.name})` : e.node.name,
  }));
  const organisations: Option[] = (options.data?.meeting?.memberOrganisations.edges ?? []).map((e) => e.node);
  return { ...page, meeting: page.data?.meeting, people, organisations };
}

export function MeetingPage({ uuid }: { uuid: string }) {
  const t = useT();
  const locale = useLocale();
  const id = btoa(`Meeting:${uuid}`);
  const { meeting, loading, error, people, organisations } = useMeeting(id);
  if (!meeting || error)
    return (
      <PageState
        title={t('meetings.section')}
        loading={loading && !meeting}
        error={error}
        texts={{
          loading: t('meetings.loading'),
          notFound: t('meetings.notFound'),
          failed: t('meetings.error'),
        }}
      />
    );
  const editable = meeting.viewerCanEdit && meeting.status === 'PLANNED';
  const items = meeting.agendaItems.edges.map((e) => e.node);
  return (
    <article className="meeting">
      <header className="meeting__header">
        <p>
          <Link href={`/partnerskaber/${meeting.partnership.slug}/moeder`}>{t('meetings.backToList')}</Link>
        </p>
        <h1>{meeting.title}</h1>
        <p className={`meeting-status meeting-status--${meeting.status.toLowerCase()}`}>
          {t(`meetings.status.${meeting.status}`)}
          {meeting.closedAt && ` · ${t('meetings.closedOn', { date: formatDate(locale, meeting.closedAt) })}`}
        </p>
        <dl className="meeting__facts">
          <dt>{meeting.partnership.name}</dt>
          <dd>{formatDateTimeRange(locale, meeting.startsAt, meeting.endsAt)}</dd>
          {meeting.address && (
            <>
              <dt>{t('meetings.place')}</dt>
              <dd>{meeting.address}</dd>
            </>
          )}
          {meeting.room && (
            <>
              <dt>{t('meetings.room')}</dt>
              <dd>{meeting.room}</dd>
            </>
          )}
          {meeting.onlineUrl && (
            <>
              <dt>{t('meetings.online')}</dt>
              <dd>
                <a href={meeting.onlineUrl}>{meeting.onlineUrl}</a>
              </dd>
            </>
          )}
        </dl>
        <p>
          <Link href={`/moeder/${uuid}/referat`}>{t('meetings.printMinutes')}</Link>
        </p>
        {meeting.status === 'CANCELLED' && <p className="notice">{t('meetings.cancelled')}</p>}
        {editable && <EditMeetingForm meeting={meeting} />}
      </header>
      {meeting.viewerInvitation && meeting.status === 'PLANNED' && (
        <AnswerInvitation meetingId={meeting.id} response={meeting.viewerInvitation.response} />
      )}
      <AgendaSection meetingId={meeting.id} items={items} editable={editable} people={people} />
      {editable && <SendAgenda meetingId={meeting.id} />}
      <CarriedSection meetingId={meeting.id} canChange={meeting.viewerCanEdit} />
      <InvitationsSection
        meeting={meeting}
        editable={editable}
        people={people}
        organisations={organisations}
      />
      <AttendanceSection
        meeting={meeting}
        editable={editable}
        people={people}
        organisations={organisations}
      />
      <MinutesSection meeting={meeting} items={items} editable={editable} />
      <DecisionsSection meeting={meeting} items={items} editable={editable} />
      <ActionItemsSection meeting={meeting} items={items} editable={editable} people={people} />
      {meeting.viewerCanEdit && meeting.status !== 'CANCELLED' && (
        <CloseMeeting meetingId={meeting.id} status={meeting.status} startsAt={meeting.startsAt} />
      )}
    </article>
  );
}
