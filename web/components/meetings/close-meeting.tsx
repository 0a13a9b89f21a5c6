'use client';

import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { ConfirmAction } from '../ui/confirm-action';
import { MutationAlert } from '../ui/mutation-alert';
import { MeetingSection } from './section';
import { useMeetingMutation } from './use-meeting-mutation';

const CloseMeetingMutation = graphql(`
  mutation CloseMeeting($input: MeetingIdInput!) {
    closeMeeting(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($input: MeetingIdInput!) {
    cancelMeeting(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const ReopenMeetingMutation = graphql(`
  mutation ReopenMeeting($input: MeetingIdInput!) {
    reopenMeeting(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/**
 * Close (once the meeting has begun) or cancel a planned meeting, each after a confirmation
 * naming what follows; reopen a closed one. The API refuses the same (closing a future meeting).
 */
export function CloseMeeting({
  meetingId,
  status,
  startsAt,
}: {
  meetingId: string;
  status: string;
  startsAt: string;
}) {
  const t = useT();
  const m = useMeetingMutation();
  const { run, busy } = m;
  const input = { input: { meetingId } };

  if (status === 'CLOSED') {
    return (
      <MeetingSection name="close" title={t('meetings.reopenTitle')} className="meeting__close">
        <MutationAlert result={m} />
        <p>{t('meetings.reopenHint')}</p>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => run(ReopenMeetingMutation, input)}
        >
          {t('meetings.reopenMeeting')}
        </button>
      </MeetingSection>
    );
  }
  const begun = new Date(startsAt) <= new Date();
  return (
    <MeetingSection name="close" title={t('meetings.close')} className="meeting__close">
      <MutationAlert result={m} />
      <p>{begun ? t('meetings.closeHint') : t('meetings.closeLater')}</p>
      <div className="button-row">
        {begun && (
          <ConfirmAction
            openerClassName="button"
            label={t('meetings.close')}
            question={t('meetings.confirmClose')}
            yes={t('meetings.confirmCloseYes')}
            busy={busy}
            onConfirm={async () => (await run(CloseMeetingMutation, input)).ok}
          />
        )}
        <ConfirmAction
          openerClassName="button button--secondary"
          label={t('meetings.cancel')}
          question={t('meetings.confirmCancel')}
          yes={t('meetings.confirmCancelYes')}
          busy={busy}
          onConfirm={async () => (await run(CancelMeetingMutation, input)).ok}
        />
      </div>
    </MeetingSection>
  );
}
