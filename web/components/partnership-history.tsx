'use client';

import { useAppQuery } from '../lib/apollo/use-app-query';
import { appendPage } from '../lib/append-page';
import { useCatalogue, useLocale, useT } from '../lib/i18n/client';
import { formatDate, formatDateTime, formatKroner } from '../lib/i18n/format';
import { ListBody } from './list-body';
import { PartnershipHistoryQuery } from './partnership-documents';
import { LoadMore } from './ui/load-more';

// The translator, and whether the catalogue has a key (it throws on a key it lacks, so unknown
// fields and entities fall back explicitly).
type T = ReturnType<typeof useT> & { has: (key: string) => boolean };
type Locale = ReturnType<typeof useLocale>;
type Changes = Record<string, [unknown, unknown]>;

// Enum labels per field and entity (a meeting's status CLOSED → "Lukket", a partnership's ACTIVE →
// "Aktiv"); the first prefix with a label wins.
const enumPrefixes: Record<string, string[]> = {
  status: [
    'partnershipStatus',
    'meetings.status',
    'meetings.actionStatus',
    'res.status',
    'volunteers.status',
    'volunteers.hoursStatus',
    'grantStatus',
  ],
  role: ['memberRole'],
  arenas: ['arena'],
  targetGroups: ['targetGroup'],
};
const entityPrefixes: Record<string, string> = {
  Meeting: 'meetings.status',
  ActionItem: 'meetings.actionStatus',
  Booking: 'res.status',
  VolunteerSignUp: 'volunteers.status',
  VolunteerHours: 'volunteers.hoursStatus',
  Grant: 'grantStatus',
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One value of a changed field, readable: labels for enums, kroner for øre, Danish dates. */
function show(t: T, locale: Locale, entity: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  if (field === 'areaIds' && Array.isArray(value)) return t('history.areas', { count: value.length });
  if (Array.isArray(value)) {
    // A list of records (e.g. the loneliness answers) is summarised, never "[object Object]".
    if (value.some((v) => typeof v === 'object' && v !== null))
      return t('history.entries', { count: value.length });
    return value.map((v) => show(t, locale, entity, field, v)).join(', ') || '–';
  }
  if (typeof value === 'object') return t('history.entries', { count: Object.keys(value).length });
  if (typeof value === 'boolean') return t(value ? 'history.yes' : 'history.no');
  const prefixes = [entityPrefixes[entity], ...(enumPrefixes[field] ?? [])].filter(Boolean);
  const label = prefixes.map((prefix) => `${prefix}.${String(value)}`).find(t.has);
  if (label) return t(label as never);
  if (field.endsWith('Ore')) return formatKroner(locale, Number(value) / 100);
  if (typeof value === 'string' && isoDay.test(value)) return formatDate(locale, value, { timeZone: 'UTC' });
  if (typeof value === 'string' && isoInstant.test(value)) return formatDateTime(locale, value);
  return String(value);
}

/** A field's label, or null for an internal one (ids, versions) that people need not see. */
const fieldLabel = (t: T, field: string) => {
  const key = `history.field.${field}`;
  return t.has(key) ? t(key as never) : null;
};

/** "Medlem tilføjet: Boldklubben X" — the action as a sentence, and whom it concerns when known. */
function headline(t: T, action: string, entityType: string, changes: Changes): string {
  const key = [`history.action.${action}`, `history.${action}.${entityType}`].find(t.has);
  const text = key ? t(key as never) : t('history.unknown');
  const [before, after] = changes.organisation ?? changes.coordinator ?? changes.title ?? [];
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
  const translate = useT();
  const catalogue = useCatalogue();
  const t: T = Object.assign(translate.bind(null), { has: (key: string) => key in catalogue });
  const locale = useLocale();
  const { data, loading, error, fetchMore } = useAppQuery(PartnershipHistoryQuery, { variables: { slug } });
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
                  // The organisation, coordinator or title is named in the headline; internal
                  // fields (ids, versions) have no label and are left out.
                  .filter(([field]) => !['organisation', 'coordinator', 'title'].includes(field))
                  .flatMap(([field, change]) => {
                    const label = fieldLabel(t, field);
                    if (!label || !Array.isArray(change)) return [];
                    const [before, after] = change;
                    const value = (v: unknown) => show(t, locale, e.entityType, field, v);
                    return [
                      <li key={field}>
                        {label}:{' '}
                        {before === null || before === undefined
                          ? value(after)
                          : after === null || after === undefined
                            ? value(before)
                            : `${value(before)} → ${value(after)}`}
                      </li>,
                    ];
                  })}
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
              updateQuery: appendPage(['partnership', 'history']),
            })
          }
        />
      )}
    </section>
  );
}
