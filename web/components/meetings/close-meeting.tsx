'use client';

import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { MeetingSection } from './section';
import { Alert, useRun } from './use-run';

const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($input: MeetingIdInput!) {
    closeMeeting(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: MeetingIdInput!) {
    cancelMeeting(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

export function CloseMeeting({ meetingId }: { meetingId: string }) {
  const t = useT();
  const { run, busy, alert } = useRun();
  return (
    <MeetingSection name="close" title={t('meetings.close')} className="meeting__close">
      <Alert messages={alert} />
      <p>{t('meetings.closeHint')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => run(CloseMeetingMutation, { meetingId })}
        >
          {t('meetings.close')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => run(CancelMeetingMutation, { meetingId })}
        >
          {t('meetings.cancel')}
        </button>
      </div>
    </MeetingSection>
  );
}
