'use client';

import { useState } from 'react';
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

const ReopenMeetingMutation = graphql(`
  mutation ReopenMeeting($input: MeetingIdInput!) {
    reopenMeeting(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

type Ending = 'close' | 'cancel';

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
  const [confirming, setConfirming] = useState<Ending | null>(null);
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
  const end = async (ending: Ending) => {
    if (ending === 'close') await run(CloseMeetingMutation, input);
    else await run(CancelMeetingMutation, input);
    setConfirming(null);
  };
  return (
    <MeetingSection name="close" title={t('meetings.close')} className="meeting__close">
      <MutationAlert result={m} />
      <p>{begun ? t('meetings.closeHint') : t('meetings.closeLater')}</p>
      {confirming ? (
        <fieldset
          className="fee-confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(null);
          }}
        >
          <legend>{t(confirming === 'close' ? 'meetings.confirmClose' : 'meetings.confirmCancel')}</legend>
          <div className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => end(confirming)}>
              {t(confirming === 'close' ? 'meetings.confirmCloseYes' : 'meetings.confirmCancelYes')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(null)}>
              {t('meetings.confirmNo')}
            </button>
          </div>
        </fieldset>
      ) : (
        <div className="button-row">
          {begun && (
            <button type="button" className="button" disabled={busy} onClick={() => setConfirming('close')}>
              {t('meetings.close')}
            </button>
          )}
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => setConfirming('cancel')}
          >
            {t('meetings.cancel')}
          </button>
        </div>
      )}
    </MeetingSection>
  );
}
