'use client';

import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import { MeetingMinutesQuery } from './documents';
import { TextareaField } from './fields';
import type { MeetingData } from './meeting-page';
import { MeetingSection } from './section';
import { useMeetingMutation } from './use-meeting-mutation';

const SaveMinutesMutation = graphql(`
  mutation SaveMinutes($input: SaveMinutesInput!) {
    saveMinutes(input: $input) {
      __typename
      ... on SaveMinutesSuccess { minutes { id text version } }
      ... on MinutesConflictError { currentText currentVersion }
      ...MutationFailure
    }
  }
`);

type Item = { id: string; title: string };
type Minutes = { text: string; version: number };

export function MinutesSection({
  meeting,
  items,
  editable,
}: {
  meeting: MeetingData;
  items: Item[];
  editable: boolean;
}) {
  const t = useT();
  const { data, loading } = useAppQuery(MeetingMinutesQuery, { variables: { id: meeting.id } });
  const minutes = data?.meeting?.minutes;
  const byItem = new Map((minutes?.edges ?? []).map((e) => [e.node.agendaItemId, e.node]));
  return (
    <MeetingSection name="minutes" title={t('meetings.minutes')}>
      {loading && !data ? (
        <p aria-live="polite">{t('meetings.loading')}</p>
      ) : !minutes ? (
        <p>{t('meetings.minutesHidden')}</p>
      ) : (
        items.map((item) => {
          const saved = byItem.get(item.id);
          return editable ? (
            // Keyed by version: a successful save (ours or a refetch) starts from the stored text.
            <MinutesEditor key={`${item.id}:${saved?.version ?? 0}`} item={item} saved={saved ?? null} />
          ) : (
            <div key={item.id} className="minutes">
              <h3>{item.title}</h3>
              <p className="minutes__text">{saved?.text || t('meetings.minutesEmpty')}</p>
            </div>
          );
        })
      )}
    </MeetingSection>
  );
}

function MinutesEditor({ item, saved }: { item: Item; saved: Minutes | null }) {
  const t = useT();
  const m = useMeetingMutation(['text']);
  const { run, busy, errors: fieldErrors } = m;
  const [text, setText] = useState(saved?.text ?? '');
  const [conflict, setConflict] = useState<Minutes | null>(null);
  const [status, setStatus] = useState('');
  const id = `minutes-${item.id}`;
  const dirty = text !== (saved?.text ?? '');
  // Leaving with unsaved minutes asks first: a reload, close or another site through the browser's
  // own question; a link within the app (which does not unload the page) through ours.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    const askOnLink = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!link || link.getAttribute('target') === '_blank') return;
      if (window.confirm(t('meetings.leaveUnsaved'))) return;
      event.preventDefault();
      event.stopPropagation();
    };
    window.addEventListener('beforeunload', warn);
    document.addEventListener('click', askOnLink, true);
    return () => {
      window.removeEventListener('beforeunload', warn);
      document.removeEventListener('click', askOnLink, true);
    };
  }, [dirty, t]);

  async function save(expectedVersion: number) {
    setStatus('');
    const outcome = await run(SaveMinutesMutation, {
      input: { agendaItemId: item.id, text, expectedVersion },
    });
    if (outcome.data?.__typename === 'MinutesConflictError') {
      setConflict({ text: outcome.data.currentText, version: outcome.data.currentVersion });
    } else if (outcome.ok) {
      setConflict(null);
      setStatus(t('meetings.saved'));
    }
  }

  return (
    <div className="minutes">
      <h3>{item.title}</h3>
      <MutationAlert result={m} />
      {conflict ? (
        <div className="minutes__conflict">
          <h4>{t('meetings.conflictTitle')}</h4>
          <figure className="minutes__theirs-figure">
            <figcaption id={`${id}-theirs-label`}>
              {t('meetings.conflictTheirs', { version: conflict.version })}
            </figcaption>
            <pre className="minutes__theirs">{conflict.text}</pre>
          </figure>
          <TextareaField
            id={id}
            label={t('meetings.conflictMine')}
            value={text}
            rows={6}
            error={fieldErrors.text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="button" className="button" disabled={busy} onClick={() => save(conflict.version)}>
            {t('meetings.saveMerged')}
          </button>
        </div>
      ) : (
        <>
          <TextareaField
            id={id}
            label={t('meetings.minutesFor', { title: item.title })}
            value={text}
            rows={4}
            error={fieldErrors.text}
            onChange={(e) => setText(e.target.value)}
          />
          <div className="button-row">
            <button
              type="button"
              className="button"
              aria-label={t('meetings.saveMinutesFor', { title: item.title })}
              disabled={busy}
              onClick={() => save(saved?.version ?? 0)}
            >
              {busy ? t('meetings.saving') : t('meetings.saveMinutes')}
            </button>
            <span className="hint">
              {saved?.version
                ? t('meetings.minutesVersion', { version: saved.version })
                : t('meetings.minutesNotSaved')}
            </span>
          </div>
        </>
      )}
      <p aria-live="polite" className="hint">
        {dirty ? t('meetings.unsaved') : status}
      </p>
    </div>
  );
}
