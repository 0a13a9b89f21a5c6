'use client';

import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { AttendanceChecklist } from './attendance-checklist';
import { MeetingAttendancesQuery, MeetingInvitationsQuery } from './documents';
import type { MeetingData, Option } from './meeting-page';
import { MeetingSection, PlainList } from './section';
import { useMeetingMutation } from './use-meeting-mutation';

const InviteMutation = graphql(`
  mutation InviteToMeeting($input: InviteToMeetingInput!) {
    inviteToMeeting(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const InviteEveryoneMutation = graphql(`
  mutation InviteEveryoneToMeeting($input: InviteEveryoneToMeetingInput!) {
    inviteEveryoneToMeeting(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

// Each list has its own query: GraphQL Armor's cost limit keeps requests small, and the sections
// refetch independently after a change (useMeetingMutation refetches the meeting queries).
type Props = { meeting: MeetingData; editable: boolean; people: Option[]; organisations: Option[] };

function Options({ options }: { options: Option[] }) {
  const t = useT();
  return (
    <>
      <option value="">{t('meetings.choose')}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </>
  );
}

export function InvitationsSection({ meeting, editable, people, organisations }: Props) {
  const t = useT();
  const m = useMeetingMutation(['personIds', 'organisationIds']);
  const { run, busy, errors: fieldErrors } = m;
  const { data } = useAppQuery(MeetingInvitationsQuery, { variables: { id: meeting.id } });
  const invitations = data?.meeting?.invitations.edges.map((e) => e.node) ?? [];

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const person = String(form.get('personId') ?? '');
    const organisation = String(form.get('organisationId') ?? '');
    const input = {
      meetingId: meeting.id,
      personIds: person ? [person] : [],
      organisationIds: organisation ? [organisation] : [],
    };
    await run(InviteMutation, { input });
  }

  return (
    <MeetingSection name="invitations" title={t('meetings.invitations')}>
      <MutationAlert result={m} />
      <PlainList rows={invitations} empty={t('meetings.invitationsEmpty')}>
        {(inv) => (
          <li key={inv.id}>
            {inv.person?.name ?? inv.organisation?.name}:{' '}
            <strong>{t(`meetings.answer.${inv.response}`)}</strong>
          </li>
        )}
      </PlainList>
      {editable && (
        <div className="button-row">
          {(['MEMBER_ORGANISATIONS', 'CONTACT_PEOPLE'] as const).map((who) => (
            <button
              key={who}
              type="button"
              className="button button--secondary"
              disabled={busy}
              onClick={() =>
                run(
                  InviteEveryoneMutation,
                  { input: { meetingId: meeting.id, who } },
                  t('meetings.invitedEveryone'),
                )
              }
            >
              {t(`meetings.inviteEveryone.${who}`)}
            </button>
          ))}
        </div>
      )}
      {editable && (
        <form className="form form--inline" onSubmit={invite} noValidate aria-label={t('meetings.invite')}>
          <SelectField name="personId" label={t('meetings.invitePerson')} error={fieldErrors.personIds}>
            <Options options={people} />
          </SelectField>
          <SelectField
            name="organisationId"
            label={t('meetings.inviteOrganisation')}
            error={fieldErrors.organisationIds}
          >
            <Options options={organisations} />
          </SelectField>
          <button type="submit" className="button" disabled={busy}>
            {t('meetings.invite')}
          </button>
        </form>
      )}
    </MeetingSection>
  );
}

export function AttendanceSection({ meeting, editable }: Props) {
  const t = useT();
  const { data } = useAppQuery(MeetingAttendancesQuery, { variables: { id: meeting.id }, skip: editable });
  const attendances = data?.meeting?.attendances.edges.map((e) => e.node) ?? [];
  return (
    <MeetingSection name="attendance" title={t('meetings.attendance')}>
      {editable ? (
        <AttendanceChecklist meetingId={meeting.id} />
      ) : (
        <PlainList rows={attendances} empty={t('meetings.attendanceEmpty')}>
          {(a) => (
            <li key={a.id}>
              {a.person.name}
              {a.onBehalfOf && ` (${t('meetings.onBehalfOfShort', { name: a.onBehalfOf.name })})`}
            </li>
          )}
        </PlainList>
      )}
    </MeetingSection>
  );
}
