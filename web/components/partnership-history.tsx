'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { useLocale, useT } from '../lib/i18n/client';
import { formatDate, formatDateTime, formatKroner } from '../lib/i18n/format';
import { messages } from '../lib/i18n/messages';
import { appendPartnershipPage, ListBody } from './list-body';
import { LoadMore } from './ui/load-more';

const PartnershipHistoryQuery = graphql(`
  query PartnershipHistory($slug: String!, $after: String) {
    partnership(slug: $slug) {
      id
      history(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            at
            action
            entityType
            actorName
            changes
          }
        }
      }
    }
  }
`);

type T = ReturnType<typeof useT>;
type Locale = ReturnType<typeof useLocale>;
type Changes = Record<string, [unknown, unknown]>;

// Enum values per field, through the catalogue's labels (e.g. status ACTIVE → "Aktiv").
const enumPrefix: Record<string, string> = {
  status: 'partnershipStatus',
  role: 'memberRole',
  arenas: 'arena',
  targetGroups: 'targetGroup',
};

/** One value of a changed field, readable: labels for enums, kroner for øre, dates as dates. */
function show(t: T, locale: Locale, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (field === 'areaIds' && Array.isArray(value)) return t('history.areas', { count: value.length });
  if (Array.isArray(value)) return value.map((v) => show(t, locale, field, v)).join(', ') || '–';
  const prefix = enumPrefix[field];
  if (prefix && has(`${prefix}.${String(value)}`)) return t(`${prefix}.${String(value)}` as never);
  if (field.endsWith('Ore')) return formatKroner(locale, Number(value) / 100);
  if (field.endsWith('On') && typeof value === 'string') return formatDate(locale, value.slice(0, 10));
  return String(value);
}

// The translator throws on a key it lacks: unknown fields and entities fall back explicitly.
const has = (key: string) => key in messages.da;

const fieldLabel = (t: T, field: string) => {
  const key = `history.field.${field}`;
  return has(key) ? t(key as never) : field;
};

/** "Medlem tilføjet: Boldklubben X" — the action on the entity, and whom it concerns when known. */
function headline(t: T, action: string, entityType: string, changes: Changes): string {
  const key = `history.${action}.${entityType}`;
  const fallback = `history.${action}.other`;
  const text = has(key)
    ? t(key as never)
    : has(fallback)
      ? t(fallback as never, { entity: entityType })
      : `${action} ${entityType}`;
  const [before, after] = changes.organisation ?? changes.coordinator ?? [];
  const subject = after ?? before;
  return typeof subject === 'string' ? `${text}: ${subject}` : text;
}

/** The partnership's audit trail, newest first; rendered only for its coordinators and admins. */
export function PartnershipHistory({
  slug,
}: {
  partnershipId: string;
  slug: string;
  canCoordinate: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const { data, loading, error, fetchMore } = useQuery(PartnershipHistoryQuery, { variables: { slug } });
  const history = data?.partnership?.history;
  const entries = history?.edges.map((e) => e.node) ?? [];
  return (
    <section aria-labelledby="partnership-history" className="partnership-section" aria-busy={loading}>
      <h2 id="partnership-history">{t('partnership.historyTitle')}</h2>
      <ListBody
        loaded={!!history}
        loading={loading}
        error={error}
        empty={entries.length === 0}
        errorText={t('partnerships.error')}
        loadingText={t('partnerships.loading')}
        emptyText={t('partnership.historyEmpty')}
      >
        <ol className="history">
          {entries.map((e) => (
            <li key={e.id}>
              <p>
                <time dateTime={e.at}>{formatDateTime(locale, e.at)}</time>:{' '}
                <strong>{e.actorName ?? t('partnership.history.system')}</strong>{' '}
                {headline(t, e.action, e.entityType, (e.changes ?? {}) as Changes)}
              </p>
              <ul>
                {Object.entries((e.changes ?? {}) as Changes)
                  // The organisation or coordinator is named in the headline; a create lists only values set.
                  .filter(([field]) => field !== 'organisation' && field !== 'coordinator')
                  .map(([field, [before, after]]) => (
                    <li key={field}>
                      {fieldLabel(t, field)}:{' '}
                      {e.action === 'create'
                        ? show(t, locale, field, after)
                        : e.action === 'delete'
                          ? show(t, locale, field, before)
                          : `${show(t, locale, field, before)} → ${show(t, locale, field, after)}`}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ol>
      </ListBody>
      {history?.pageInfo.hasNextPage && (
        <LoadMore
          label={t('partnership.historyMore')}
          load={() =>
            fetchMore({
              variables: { after: history.pageInfo.endCursor },
              // Appends the older page to the entries already shown.
              updateQuery: appendPartnershipPage('history'),
            })
          }
        />
      )}
    </section>
  );
}
