import { Link } from '@react-email/link';
import { Text } from '@react-email/text';
import { type CalendarMethod, writeCalendar } from '../../calendar/ical.ts';
import type { SafeFields } from '../../notifications/kinds.ts';
import { defineMailKind } from '../kind.ts';
import { notificationEvent, notificationTitle } from './notification-event.tsx';

/** The meeting as a calendar event, stored with the message (dates as ISO text, url as a path). */
export type InvitationEvent = {
  method: Exclude<CalendarMethod, 'PUBLISH'>;
  uid: string;
  sequence: number;
  summary: string;
  description: string | null;
  location: string | null;
  start: string;
  end: string;
  url: string;
  updatedAt: string;
  attendee: { name: string; email: string };
};

export type MeetingInvitationData = SafeFields & {
  kind: string;
  path: string;
  /** The recipient, whose choice for this kind the one-click unsubscribe turns off. */
  userId: string;
  /** The answer page of this recipient's link token; null when the meeting is cancelled. */
  answerPath: string | null;
  event: InvitationEvent;
};

/** "Naboskab <no-reply@naboskab.dk>" → its name and address. */
function mailbox(from: string): { name: string; email: string } {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return match
    ? { name: match[1] || match[2] || from, email: match[2] ?? from }
    : { name: from, email: from };
}

const words = {
  da: { question: 'Kommer du?', yes: 'Deltager', no: 'Afbud', maybe: 'Måske' },
  en: { question: 'Will you come?', yes: 'Attending', no: 'Cannot come', maybe: 'Maybe' },
} as const;

/**
 * A meeting invitation, moved meeting or cancellation (the `meeting.*` notifications) with the
 * meeting attached as an iTIP REQUEST or CANCEL, so calendar programs add, move or remove it.
 * Its answer links hold a token that answers without signing in: sensitive.
 */
export const meetingInvitation = defineMailKind<MeetingInvitationData>({
  sensitive: true,
  unsubscribe: notificationEvent.unsubscribe,
  subject: notificationTitle,
  reason: notificationEvent.reason,
  Body: (props) => {
    const { data, locale, url } = props;
    const w = words[locale];
    return (
      <>
        <notificationEvent.Body {...props} />
        {data.answerPath ? (
          <Text>
            {w.question}{' '}
            {(['ja', 'nej', 'maaske'] as const).map((answer, i) => (
              <span key={answer}>
                {i > 0 ? ' · ' : ''}
                <Link href={url(`${data.answerPath}?svar=${answer}`)}>{[w.yes, w.no, w.maybe][i]}</Link>
              </span>
            ))}
          </Text>
        ) : null}
      </>
    );
  },
  calendar: ({ event }, from, url) => ({
    method: event.method,
    content: writeCalendar(
      event.summary,
      [
        {
          uid: event.uid,
          sequence: event.sequence,
          status: event.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
          summary: event.summary,
          description: event.description ?? undefined,
          location: event.location ?? undefined,
          start: new Date(event.start),
          end: new Date(event.end),
          url: url(event.url),
          updatedAt: new Date(event.updatedAt),
          organizer: mailbox(from),
          attendee: event.attendee,
        },
      ],
      new Date(),
      event.method,
    ),
  }),
});
