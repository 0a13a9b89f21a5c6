'use client';

import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import type { AttendanceStatus } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { MeetingChecklistQuery } from './documents';
import { useMeetingMutation } from './use-meeting-mutation';

const SaveChecklistMutation = graphql(`
  mutation SaveAttendanceChecklist($input: SaveAttendanceChecklistInput!) {
    saveAttendanceChecklist(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const statuses: AttendanceStatus[] = ['PRESENT', 'EXCUSED', 'ABSENT'];

/** Every invitee on one screen, marked present / afbud / absent, saved with one button. */
export function AttendanceChecklist({ meetingId }: { meetingId: string }) {
  const t = useT();
  const m = useMeetingMutation();
  const { data, loading } = useAppQuery(MeetingChecklistQuery, { variables: { id: meetingId } });
  const rows = data?.meeting?.attendanceChecklist ?? [];
  if (loading && !data) return <p aria-live="polite">{t('meetings.answerLinkLoading')}</p>;
  if (rows.length === 0) return <p>{t('meetings.checklistEmpty')}</p>;

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const entries = rows.map((row) => ({
      personId: row.personId,
      status: (form.get(row.personId) ?? row.status) as AttendanceStatus,
    }));
    await m.run(SaveChecklistMutation, { input: { meetingId, entries } }, t('meetings.checklistSaved'));
  }

  return (
    <form className="form" onSubmit={save} aria-label={t('meetings.checklistSave')}>
      <MutationAlert result={m} />
      <ul className="plain-list">
        {rows.map((row) => (
          <li key={row.personId}>
            <fieldset className="button-row">
              <legend>
                {row.name}
                {row.organisationName ? ` (${row.organisationName})` : ''}
              </legend>
              {statuses.map((status) => (
                <label key={status}>
                  <input
                    type="radio"
                    name={row.personId}
                    value={status}
                    defaultChecked={row.status === status}
                  />{' '}
                  {t(`meetings.checklist.${status}`)}
                </label>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <button type="submit" className="button" disabled={m.busy}>
        {t('meetings.checklistSave')}
      </button>
    </form>
  );
}
