'use client';

import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { useMeetingMutation } from './use-meeting-mutation';

const SendAgendaMutation = graphql(`
  mutation SendMeetingAgenda($input: SendMeetingAgendaInput!) {
    sendMeetingAgenda(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

/** Tells the invitees the agenda is ready: a notice with the meeting's name, time and place. */
export function SendAgenda({ meetingId }: { meetingId: string }) {
  const t = useT();
  const m = useMeetingMutation();
  return (
    <div className="meeting__send-agenda">
      <MutationAlert result={m} />
      <button
        type="button"
        className="button button--secondary"
        disabled={m.busy}
        onClick={() => m.run(SendAgendaMutation, { input: { meetingId } }, t('meetings.agendaSent'))}
      >
        {t('meetings.sendAgenda')}
      </button>
    </div>
  );
}
