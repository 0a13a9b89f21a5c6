'use client';

import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { SelectField } from './fields';
import type { Option } from './meeting-page';
import { Alert, useRun } from './use-run';

const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {
    moveAgendaItem(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($input: AgendaItemIdInput!) {
    removeAgendaItem(input: $input) {
      __typename
      ... on Error { message }
    }
  }
`);

type Item = {
  id: string;
  position: number;
  title: string;
  durationMinutes?: number | null;
  owner?: { name: string } | null;
};

export function AgendaSection({
  meetingId,
  items,
  editable,
  people,
}: {
  meetingId: string;
  items: Item[];
  editable: boolean;
  people: Option[];
}) {
  const t = useT();
  const { run, busy, alert, fieldErrors } = useRun();
  const [status, setStatus] = useState('');

  // Buttons, not drag and drop: every change works from the keyboard, and focus stays on the
  // button that was pressed (or its twin when the item reached the top or bottom).
  async function move(item: Item, direction: 'UP' | 'DOWN') {
    const payload = await run(MoveAgendaItemMutation, { agendaItemId: item.id, direction });
    if (payload?.__typename !== 'MoveAgendaItemSuccess') return;
    const position = item.position + (direction === 'UP' ? -1 : 1);
    setStatus(t('meetings.moved', { title: item.title, position }));
    requestAnimationFrame(() => {
      const same = document.getElementById(`agenda-${direction}-${item.id}`) as HTMLButtonElement | null;
      const other = document.getElementById(`agenda-${direction === 'UP' ? 'DOWN' : 'UP'}-${item.id}`);
      (same && !same.disabled ? same : other)?.focus();
    });
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const minutes = String(form.get('durationMinutes') ?? '');
    const owner = String(form.get('ownerPersonId') ?? '');
    const payload = await run(
      AddAgendaItemMutation,
      {
        meetingId,
        title: String(form.get('itemTitle') ?? ''),
        durationMinutes: minutes ? Number(minutes) : null,
        ownerPersonId: owner || null,
      },
      ['title', 'durationMinutes', 'ownerPersonId'],
    );
    if (payload?.__typename === 'AddAgendaItemSuccess') formElement.reset();
  }

  return (
    <section aria-labelledby="agenda-heading" className="meeting__section">
      <h2 id="agenda-heading">{t('meetings.agenda')}</h2>
      <Alert messages={alert} />
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {items.length === 0 ? (
        <p>{t('meetings.agendaEmpty')}</p>
      ) : (
        <ol className="agenda">
          {items.map((item, index) => (
            <li key={item.id} className="agenda__item">
              <span className="agenda__title">{item.title}</span>
              <span className="agenda__meta">
                {item.owner?.name}
                {item.durationMinutes
                  ? ` · ${t('meetings.minutesShort', { count: item.durationMinutes })}`
                  : ''}
              </span>
              {editable && (
                <span className="button-row">
                  <button
                    id={`agenda-UP-${item.id}`}
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('meetings.moveUp', { title: item.title })}
                    disabled={busy || index === 0}
                    onClick={() => move(item, 'UP')}
                  >
                    ↑ {t('meetings.up')}
                  </button>
                  <button
                    id={`agenda-DOWN-${item.id}`}
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('meetings.moveDown', { title: item.title })}
                    disabled={busy || index === items.length - 1}
                    onClick={() => move(item, 'DOWN')}
                  >
                    ↓ {t('meetings.down')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('meetings.remove', { title: item.title })}
                    disabled={busy}
                    onClick={() => run(RemoveAgendaItemMutation, { agendaItemId: item.id })}
                  >
                    {t('meetings.removeShort')}
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <form className="form form--inline" onSubmit={add} noValidate aria-label={t('meetings.addItem')}>
          <FormField name="itemTitle" label={t('meetings.itemTitle')} required error={fieldErrors.title} />
          <FormField
            name="durationMinutes"
            type="number"
            min={1}
            max={600}
            label={t('meetings.itemDuration')}
            error={fieldErrors.durationMinutes}
          />
          <SelectField
            id="agenda-owner"
            name="ownerPersonId"
            label={t('meetings.itemOwner')}
            error={fieldErrors.ownerPersonId}
          >
            <option value="">{t('meetings.noOwner')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <button type="submit" className="button" disabled={busy}>
            {t('meetings.addItem')}
          </button>
        </form>
      )}
    </section>
  );
}
