import Link from 'next/link';
import { graphql } from '../../gql';
import type { ResourceDetailsFragment } from '../../gql/graphql';
import { formatClockRange, formatDate, formatNumber } from '../../lib/i18n/format';
import type { Locale, Translate } from '../../lib/i18n/messages';
import { uuidOf } from './resource-ids';
import { WithdrawResource } from './withdraw-resource';

export const ResourceDetails = graphql(`
  fragment ResourceDetails on Resource {
    id
    kind
    title
    description
    capacity
    address
    audience
    requiresApproval
    withdrawnAt
    location {
      lat
      lon
    }
    viewerCanManage
    viewerCanBook
    owner {
      id
      name
    }
    partnership {
      id
      name
      slug
    }
    area {
      id
      name
    }
    openingHours {
      weekday
      opensAt
      closesAt
    }
    exceptions {
      date
      closed
      opensAt
      closesAt
      note
    }
  }
`);

// Server-rendered facts about a resource: who owns it, where, when it is open, who may book.
export function ResourceDetailsView({
  resource: r,
  t,
  locale,
}: {
  resource: ResourceDetailsFragment;
  t: Translate;
  locale: Locale;
}) {
  const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
  return (
    <div className="resource-details">
      {r.withdrawnAt && (
        <p className="notice" role="status">
          {t('res.withdrawnOn', { date: formatDate(locale, r.withdrawnAt, { dateStyle: 'long' }) })}
        </p>
      )}
      <p className="meta">
        {t(`res.kind.${r.kind}`)}
        {r.capacity != null && ` · ${t('res.capacity', { count: formatNumber(locale, r.capacity) })}`}
      </p>
      {r.description && <p>{r.description}</p>}
      <dl className="facts">
        <dt>{t('res.owner')}</dt>
        <dd>{r.owner.name}</dd>
        <dt>{t('res.partnership')}</dt>
        <dd>
          <Link href={`/partnerskaber/${r.partnership.slug}`}>{r.partnership.name}</Link>
        </dd>
        {r.area && (
          <>
            <dt>{t('res.area')}</dt>
            <dd>{r.area.name}</dd>
          </>
        )}
        {r.address && (
          <>
            <dt>{t('res.address')}</dt>
            <dd>{r.address}</dd>
          </>
        )}
        <dt>{t('res.audience')}</dt>
        <dd>
          {t(`res.audience.${r.audience}`)}.{' '}
          {r.requiresApproval ? t('res.requiresApproval') : t('res.confirmsAtOnce')}.
        </dd>
      </dl>
      <h2>{t('res.hours')}</h2>
      {r.openingHours.length === 0 ? (
        <p>{t('res.alwaysOpen')}</p>
      ) : (
        <dl className="facts hours">
          {weekdays.map((day) => {
            const hours = r.openingHours.filter((h) => h.weekday === day);
            return (
              <div key={day}>
                <dt>{t(`res.weekday.${day}`)}</dt>
                <dd>
                  {hours.length
                    ? hours.map((h) => formatClockRange(locale, h.opensAt, h.closesAt)).join(', ')
                    : t('res.closedDay')}
                </dd>
              </div>
            );
          })}
        </dl>
      )}
      {r.exceptions.length > 0 && (
        <>
          <h3>{t('res.exceptions')}</h3>
          <ul>
            {r.exceptions.map((e) => (
              <li key={e.date}>
                {formatDate(locale, `${e.date}T12:00:00Z`, { dateStyle: 'full', timeZone: 'UTC' })}:{' '}
                {e.closed || e.opensAt == null || e.closesAt == null
                  ? t('res.closedDay')
                  : formatClockRange(locale, e.opensAt, e.closesAt)}
                {e.note && ` (${e.note})`}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.viewerCanManage && (
        <>
          {!r.withdrawnAt && (
            <p>
              <Link className="button button--secondary" href={`/ressourcer/${uuidOf(r.id)}/rediger`}>
                {t('res.edit')}
              </Link>
            </p>
          )}
          <WithdrawResource resourceId={r.id} title={r.title} withdrawn={Boolean(r.withdrawnAt)} />
        </>
      )}
    </div>
  );
}
