'use client';

import Link from 'next/link';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDateTime } from '../../lib/i18n/format';
import { LoadFailure } from '../ui/load-failure';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { meetingPath } from './meeting-list';

const AnswerLinkQuery = graphql(`
  query MeetingAnswerLink($token: String!) {
    meetingAnswerLink(token: $token) { meetingId title startsAt place status response personLeft }
  }
`);

const AnswerByLinkMutation = graphql(`
  mutation AnswerMeetingByLink($input: AnswerMeetingByLinkInput!) {
    answerMeetingByLink(input: $input) {
      __typename
      ... on AnswerMeetingByLinkSuccess { answer { response } }
      ...MutationFailure
    }
  }
`);

const answers = ['YES', 'MAYBE', 'NO'] as const;
/** The answer a link in the e-mail suggests (?svar=ja|nej|maaske). */
const suggested: Record<string, (typeof answers)[number]> = { ja: 'YES', nej: 'NO', maaske: 'MAYBE' };

/**
 * The page an invitation e-mail's answer link opens: no sign-in, the meeting's name, time and
 * place, and the answer, confirmed by a click (a link alone changes nothing, so mail scanners
 * that open links cannot answer for anyone).
 */
export function AnswerLink({ token, suggestion }: { token: string; suggestion: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error } = useAppQuery(AnswerLinkQuery, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const m = useMutationResult({ refetch: [AnswerLinkQuery] });
  if (loading && !data) return <p aria-live="polite">{t('meetings.answerLinkLoading')}</p>;
  if (error && !data) return <LoadFailure error={error} text={t('meetings.answerLinkError')} />;
  const view = data?.meetingAnswerLink;
  if (!view) return <p role="alert">{t('meetings.answerLinkInvalid')}</p>;
  if (view.personLeft)
    return (
      <>
        <h2>{view.title}</h2>
        <p role="alert">{t('meetings.answerLinkLeft')}</p>
      </>
    );
  const wanted = suggestion ? suggested[suggestion] : undefined;
  const open = view.status === 'PLANNED';
  return (
    <>
      <h2>{view.title}</h2>
      <p>
        {formatDateTime(locale, view.startsAt)}
        {view.place ? ` · ${view.place}` : ''}
      </p>
      <MutationAlert result={m} />
      <p aria-live="polite">
        {t('meetings.yourAnswer')}: <strong>{t(`meetings.answer.${view.response}`)}</strong>
      </p>
      {open ? (
        <div className="button-row">
          {answers.map((answer) => (
            <button
              key={answer}
              type="button"
              className={answer === (wanted ?? view.response) ? 'button' : 'button button--secondary'}
              aria-pressed={answer === view.response}
              disabled={m.busy}
              onClick={() =>
                m.run(AnswerByLinkMutation, { input: { token, response: answer } }, t('meetings.answerSaved'))
              }
            >
              {t(`meetings.answerLink.${answer}`)}
            </button>
          ))}
        </div>
      ) : (
        <p>{t('meetings.answerLinkClosed')}</p>
      )}
      <p>
        <Link href={meetingPath(view.meetingId)}>{t('meetings.answerLinkOpen')}</Link>
      </p>
    </>
  );
}
