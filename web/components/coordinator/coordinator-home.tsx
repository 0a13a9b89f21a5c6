import Link from 'next/link';
import type { ReactNode } from 'react';
import { graphql } from '../../gql';
import type { CoordinatorHomeQuery } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../lib/i18n/format';
import type { Locale, Translate } from '../../lib/i18n/messages';
import { resourcePath, uuidOf } from '../resources/resource-ids';

// meeting-list.tsx's meetingPath is a client module's export: not callable from this server component.
const meetingPath = (globalId: string) => `/moeder/${uuidOf(globalId)}`;

export const CoordinatorHomeQueryDocument = graphql(`
  query CoordinatorHome {
    partnerships(first: 100, coordinatedByMe: true) {
      edges {
        node {
          id
          name
          slug
          meetings(first: 3, when: UPCOMING) {
            edges {
              node {
                id
                title
                startsAt
              }
            }
          }
          volunteerSignUps(first: 1, status: APPLIED) {
            totalCount
          }
          volunteerHours(first: 1, status: PENDING) {
            totalCount
          }
        }
      }
    }
    bookingRequests(first: 20) {
      totalCount
      edges {
        node {
          id
          startsAt
          purpose
          resource {
            id
            title
          }
        }
      }
    }
    myActionItems(first: 100, status: OPEN) {
      edges {
        node {
          id
          description
          dueOn
          overdue
          meetingId
          meetingTitle
          partnershipName
        }
      }
    }
  }
`);

type Props = { data: CoordinatorHomeQuery; t: Translate; locale: Locale };

/**
 * A coordinator's start page: their partnerships, the next meetings, what waits for their
 * decision (sign-ups, hours, bookings) and their overdue action items, each linking to where it
 * is handled. Rendered on the server; every section says when it is empty.
 */
export function CoordinatorHome({ data, t, locale }: Props) {
  const partnerships = data.partnerships.edges.map((e) => e.node);
  const meetings = partnerships
    .flatMap((p) => p.meetings.edges.map((e) => ({ ...e.node, partnership: p.name })))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, 5);
  const pending = partnerships.flatMap((p) => {
    const link = `/koordinator/frivillige?partnerskab=${encodeURIComponent(p.slug)}`;
    const signUps = p.volunteerSignUps.totalCount;
    const hours = p.volunteerHours.totalCount;
    return [
      ...(signUps
        ? [{ key: `s${p.id}`, link, text: t('coord.pendingSignUps', { count: signUps, name: p.name }) }]
        : []),
      ...(hours
        ? [{ key: `h${p.id}`, link, text: t('coord.pendingHours', { count: hours, name: p.name }) }]
        : []),
    ];
  });
  const bookings = data.bookingRequests.edges.map((e) => e.node);
  const overdue = data.myActionItems.edges.map((e) => e.node).filter((a) => a.overdue);

  return (
    <div className="coordinator-home">
      <Section
        id="coord-partnerships"
        title={t('coord.partnerships')}
        empty={partnerships.length === 0 ? t('coord.partnershipsEmpty') : null}
      >
        {partnerships.map((p) => (
          <li key={p.id}>
            <Link href={`/partnerskaber/${p.slug}`}>{p.name}</Link>
          </li>
        ))}
      </Section>
      <Section
        id="coord-meetings"
        title={t('coord.meetings')}
        empty={meetings.length === 0 ? t('coord.meetingsEmpty') : null}
      >
        {meetings.map((m) => (
          <li key={m.id}>
            <Link href={meetingPath(m.id)}>{m.title}</Link>{' '}
            <span className="meta">
              {formatDateTime(locale, m.startsAt)} · {m.partnership}
            </span>
          </li>
        ))}
      </Section>
      <Section
        id="coord-pending"
        title={t('coord.pending')}
        empty={pending.length === 0 && bookings.length === 0 ? t('coord.pendingEmpty') : null}
      >
        {pending.map((p) => (
          <li key={p.key}>
            <Link href={p.link}>{p.text}</Link>
          </li>
        ))}
        {bookings.map((b) => (
          <li key={b.id}>
            <Link href={resourcePath(b.resource.id)}>
              {t('coord.pendingBooking', { title: b.resource.title })}
            </Link>{' '}
            <span className="meta">
              {formatDateTime(locale, b.startsAt)}
              {b.purpose && ` · ${b.purpose}`}
            </span>
          </li>
        ))}
      </Section>
      <Section
        id="coord-overdue"
        title={t('coord.overdue')}
        empty={overdue.length === 0 ? t('coord.overdueEmpty') : null}
      >
        {overdue.map((a) => (
          <li key={a.id}>
            <Link href={meetingPath(a.meetingId)}>{a.description}</Link>{' '}
            <span className="meta">
              {a.dueOn && t('coord.due', { date: formatDate(locale, a.dueOn, { timeZone: 'UTC' }) })} ·{' '}
              {a.meetingTitle} · {a.partnershipName}
            </span>
          </li>
        ))}
      </Section>
    </div>
  );
}

/** A titled list, or the sentence saying it is empty. */
function Section({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {empty ? <p className="status">{empty}</p> : <ul>{children}</ul>}
    </section>
  );
}
