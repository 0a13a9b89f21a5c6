import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { PrintButton } from '../../../../components/meetings/print-button';
import { graphql } from '../../../../gql';
import { formatDate, formatDateTimeRange } from '../../../../lib/i18n/format';
import { getTranslator } from '../../../../lib/i18n/server';
import { serverQuery } from '../../../../lib/server/graphql';
import { getViewer } from '../../../../lib/server/viewer';
import '../../../../styles/meetings.css';
import { TableScroll } from '../../../../components/ui/table-scroll';
import { looksLikeUuid } from '../../../../components/volunteers/ids';

const PrintableMinutesQuery = graphql(`
  query PrintableMinutes($id: ID!) {
    meeting(id: $id) {
      id
      title
      startsAt
      endsAt
      status
      address
      onlineUrl
      room
      closedAt
      partnership { name }
      agendaItems(first: 100) { edges { node { id title owner { name } } } }
      attendances(first: 100) { edges { node { id person { name } onBehalfOf { name } } } }
    }
  }
`);

// A second request: one query with everything exceeds the API's query cost limit.
const PrintableRecordQuery = graphql(`
  query PrintableRecord($id: ID!) {
    meeting(id: $id) {
      id
      minutes(first: 100) { edges { node { agendaItemId text } } }
      decisions(first: 100) { edges { node { id text agendaItemId } } }
      actionItems(first: 100) { edges { node { id description dueOn status owner { name } agendaItemId } } }
    }
  }
`);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('meetings.minutes') };
}

// A server-rendered page laid out for paper (styles/meetings.css has the print rules).
export default async function PrintableMinutes({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!looksLikeUuid(id)) notFound();
  const [{ t, locale }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect(`/log-ind?next=/moeder/${id}/referat`);
  const variables = { id: Buffer.from(`Meeting:${id}`).toString('base64') };
  const [data, recordData] = await Promise.all([
    serverQuery(PrintableMinutesQuery, variables),
    serverQuery(PrintableRecordQuery, variables),
  ]);
  const meeting = data?.meeting;
  if (!meeting) notFound();
  const record = recordData?.meeting;
  const minutes = new Map((record?.minutes?.edges ?? []).map((e) => [e.node.agendaItemId, e.node.text]));
  const decisions = record?.decisions?.edges.map((e) => e.node) ?? [];
  const actions = record?.actionItems?.edges.map((e) => e.node) ?? [];
  return (
    <article className="printable-minutes">
      <PrintButton label={t('meetings.print')} />
      <h1>{t('meetings.printTitle', { title: meeting.title })}</h1>
      <p>
        {meeting.partnership.name} · {formatDateTimeRange(locale, meeting.startsAt, meeting.endsAt)}
        {[meeting.room, meeting.address, meeting.onlineUrl].filter(Boolean).map((place) => ` · ${place}`)}
      </p>
      {meeting.closedAt ? (
        <p>{t('meetings.closedOn', { date: formatDate(locale, meeting.closedAt) })}</p>
      ) : (
        <p className="notice">{t('meetings.draft')}</p>
      )}
      <h2>{t('meetings.present')}</h2>
      {meeting.attendances.edges.length === 0 ? (
        <p>{t('meetings.attendanceEmpty')}</p>
      ) : (
        <ul>
          {meeting.attendances.edges.map(({ node }) => (
            <li key={node.id}>
              {node.person.name}
              {node.onBehalfOf && ` (${t('meetings.onBehalfOfShort', { name: node.onBehalfOf.name })})`}
            </li>
          ))}
        </ul>
      )}
      {!record?.minutes && <p>{t('meetings.minutesHidden')}</p>}
      <ol className="printable-minutes__items">
        {meeting.agendaItems.edges.map(({ node: item }) => (
          <li key={item.id}>
            <h2>
              {item.title}
              {item.owner && <span className="hint"> · {item.owner.name}</span>}
            </h2>
            {minutes.get(item.id) && <p className="minutes__text">{minutes.get(item.id)}</p>}
            {decisions
              .filter((d) => d.agendaItemId === item.id)
              .map((d) => (
                <p key={d.id}>
                  <strong>{t('meetings.decisionText')}:</strong> {d.text}
                </p>
              ))}
          </li>
        ))}
      </ol>
      {decisions.some((d) => !d.agendaItemId) && (
        <>
          <h2>{t('meetings.decisions')}</h2>
          <ul>
            {decisions
              .filter((d) => !d.agendaItemId)
              .map((d) => (
                <li key={d.id}>{d.text}</li>
              ))}
          </ul>
        </>
      )}
      {actions.length > 0 && (
        <>
          <h2>{t('meetings.actionItems')}</h2>
          <TableScroll label={t('a11y.wideTable')}>
            <table className="printable-minutes__table">
              <thead>
                <tr>
                  <th scope="col">{t('meetings.actionDescription')}</th>
                  <th scope="col">{t('meetings.actionOwner')}</th>
                  <th scope="col">{t('meetings.actionDue')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => (
                  <tr key={a.id}>
                    <td>{a.description}</td>
                    <td>{a.owner.name}</td>
                    <td>{a.dueOn ? formatDate(locale, a.dueOn, { timeZone: 'UTC' }) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </article>
  );
}
