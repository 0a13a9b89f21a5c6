'use client';

import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { MeetingSection } from './section';
import { useMeetingMutation } from './use-meeting-mutation';

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
  const m = useMeetingMutation();
  const { run, busy } = m;
  return (
    <MeetingSection name="close" title={t('meetings.close')} className="meeting__close">
      <MutationAlert result={m} />
      <p>{t('meetings.closeHint')}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => run(CloseMeetingMutation, { input: { meetingId } })}
        >
          {t('meetings.close')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => run(CancelMeetingMutation, { input: { meetingId } })}
        >
          {t('meetings.cancel')}
        </button>
      </div>
    </MeetingSection>
  );
}
