'use client';

import { graphql } from '../../gql';
import type { InvitationResponse } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { MeetingSection } from './section';
import { useMeetingMutation } from './use-meeting-mutation';

const AnswerInvitationMutation = graphql(`
  mutation AnswerInvitation($input: AnswerInvitationInput!) {
    answerInvitation(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const answers = ['YES', 'MAYBE', 'NO'] as const;

export function AnswerInvitation({
  meetingId,
  response,
}: {
  meetingId: string;
  response: InvitationResponse;
}) {
  const t = useT();
  const m = useMeetingMutation();
  const { run, busy } = m;
  return (
    <MeetingSection name="answer" title={t('meetings.yourAnswer')}>
      <MutationAlert result={m} />
      <p aria-live="polite">{t(`meetings.answer.${response}`)}</p>
      <fieldset className="button-row meeting__answers">
        <legend className="visually-hidden">{t('meetings.yourAnswer')}</legend>
        {answers.map((answer) => (
          <button
            key={answer}
            type="button"
            className={answer === response ? 'button' : 'button button--secondary'}
            aria-pressed={answer === response}
            disabled={busy}
            onClick={() => run(AnswerInvitationMutation, { input: { meetingId, response: answer } })}
          >
            {t(`meetings.answer.${answer}`)}
          </button>
        ))}
      </fieldset>
    </MeetingSection>
  );
}
