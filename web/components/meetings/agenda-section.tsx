'use client';

import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { parseWholeNumber } from '../../lib/parse-number';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { fieldFailure } from '../ui/mutation-failure';
import { TextareaField } from './fields';
import type { Option } from './meeting-page';
import { MeetingSection } from './section';
import { useMeetingMutation } from './use-meeting-mutation';

const AddAgendaItemMutation = graphql(`
  mutation AddAgendaItem($input: AddAgendaItemInput!) {
    addAgendaItem(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const UpdateAgendaItemMutation = graphql(`
  mutation UpdateAgendaItem($input: UpdateAgendaItemInput!) {
    updateAgendaItem(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const MoveAgendaItemMutation = graphql(`
  mutation MoveAgendaItem($input: MoveAgendaItemInput!) {
    moveAgendaItem(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const RemoveAgendaItemMutation = graphql(`
  mutation RemoveAgendaItem($input: AgendaItemIdInput!) {
    removeAgendaItem(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

type Item = {
  id: string;
  position: number;
  title: string;
  description?: string | null;
  durationMinutes?: number | null;
  owner?: { id: string; name: string } | null;
};

const itemFields = ['title', 'description', 'durationMinutes', 'ownerPersonId'] as const;

/**
 * The item fields of an add or edit form, as the API's AgendaItem input expects them, or the name
 * of the field that cannot be sent (a duration must be whole minutes; 1.5 is not).
 */
function itemInput(form: FormData) {
  const minutes = parseWholeNumber(String(form.get('durationMinutes') ?? ''));
  const owner = String(form.get('ownerPersonId') ?? '');
  const description = String(form.get('description') ?? '');
  return {
    input: {
      title: String(form.get('itemTitle') ?? ''),
      description: description.trim() ? description : null,
      durationMinutes: minutes.value,
      ownerPersonId: owner || null,
    },
    invalid: minutes.ok ? null : 'durationMinutes',
  };
}

function OwnerOptions({ people }: { people: Option[] }) {
  const t = useT();
  return (
    <>
      <option value="">{t('meetings.noOwner')}</option>
      {people.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
}

/**
 * Inline form that edits one agenda item. It takes focus when it opens; Escape or Cancel closes
 * it and focus goes back to the item's edit button.
 */
function EditAgendaItem({ item, people, onClose }: { item: Item; people: Option[]; onClose: () => void }) {
  const t = useT();
  const m = useMeetingMutation(itemFields);
  const { run, busy, errors: fieldErrors } = m;
  const formRef = useRef<HTMLFormElement>(null);
  // The owner may have left the partnership: keep them selectable so saving does not drop them.
  const options =
    item.owner && !people.some((p) => p.id === item.owner?.id) ? [item.owner, ...people] : people;

  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[name="itemTitle"]')?.focus();
  }, []);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { input, invalid } = itemInput(new FormData(event.currentTarget));
    if (invalid) return m.fail(fieldFailure({ [invalid]: t('failure.wholeNumber') }, t));
    if ((await run(UpdateAgendaItemMutation, { input: { agendaItemId: item.id, ...input } })).ok) onClose();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key === 'Escape' && !busy) {
      event.preventDefault();
      onClose();
    }
  }

  return (
    <form
      ref={formRef}
      className="form agenda__edit"
      onSubmit={save}
      onKeyDown={onKeyDown}
      noValidate
      aria-label={t('meetings.editItemForm', { title: item.title })}
    >
      <MutationAlert result={m} />
      <FormField
        name="itemTitle"
        label={t('meetings.itemTitle')}
        required
        defaultValue={item.title}
        error={fieldErrors.title}
      />
      <TextareaField
        id={`agenda-edit-description-${item.id}`}
        name="description"
        rows={3}
        label={t('meetings.itemDescription')}
        defaultValue={item.description ?? ''}
        error={fieldErrors.description}
      />
      <FormField
        name="durationMinutes"
        type="number"
        min={1}
        max={600}
        label={t('meetings.itemDuration')}
        defaultValue={item.durationMinutes ?? ''}
        error={fieldErrors.durationMinutes}
      />
      <SelectField
        name="ownerPersonId"
        label={t('meetings.itemOwner')}
        defaultValue={item.owner?.id ?? ''}
        error={fieldErrors.ownerPersonId}
      >
        <OwnerOptions people={options} />
      </SelectField>
      <span className="button-row">
        <button type="submit" className="button button--small" disabled={busy}>
          {t('meetings.saveItem')}
        </button>
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={busy}
          onClick={onClose}
        >
          {t('meetings.cancelEdit')}
        </button>
      </span>
    </form>
  );
}

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
  const m = useMeetingMutation(itemFields);
  const { run, busy, errors: fieldErrors } = m;
  const [status, setStatus] = useState('');
  const [editing, setEditing] = useState<string | null>(null);

  function closeEditor(item: Item) {
    setEditing(null);
    requestAnimationFrame(() => document.getElementById(`agenda-EDIT-${item.id}`)?.focus());
  }

  // Buttons, not drag and drop: every change works from the keyboard, and focus stays on the
  // button that was pressed (or its twin when the item reached the top or bottom).
  async function move(item: Item, direction: 'UP' | 'DOWN') {
    if (!(await run(MoveAgendaItemMutation, { input: { agendaItemId: item.id, direction } })).ok) return;
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
    const { input, invalid } = itemInput(new FormData(formElement));
    if (invalid) return m.fail(fieldFailure({ [invalid]: t('failure.wholeNumber') }, t));
    if ((await run(AddAgendaItemMutation, { input: { meetingId, ...input } })).ok) formElement.reset();
  }

  return (
    <MeetingSection name="agenda" title={t('meetings.agenda')}>
      <MutationAlert result={m} />
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
              {item.description && <p className="agenda__description">{item.description}</p>}
              {editable && (
                <span className="button-row">
                  <button
                    id={`agenda-EDIT-${item.id}`}
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('meetings.editItem', { title: item.title })}
                    aria-expanded={editing === item.id}
                    disabled={busy}
                    onClick={() => setEditing(editing === item.id ? null : item.id)}
                  >
                    {t('meetings.editShort')}
                  </button>
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
                    onClick={() => run(RemoveAgendaItemMutation, { input: { agendaItemId: item.id } })}
                  >
                    {t('meetings.removeShort')}
                  </button>
                </span>
              )}
              {editable && editing === item.id && (
                <EditAgendaItem item={item} people={people} onClose={() => closeEditor(item)} />
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <form className="form form--inline" onSubmit={add} noValidate aria-label={t('meetings.addItem')}>
          <FormField name="itemTitle" label={t('meetings.itemTitle')} required error={fieldErrors.title} />
          <TextareaField
            id="agenda-description"
            name="description"
            rows={2}
            label={t('meetings.itemDescription')}
            error={fieldErrors.description}
          />
          <FormField
            name="durationMinutes"
            type="number"
            min={1}
            max={600}
            label={t('meetings.itemDuration')}
            error={fieldErrors.durationMinutes}
          />
          <SelectField name="ownerPersonId" label={t('meetings.itemOwner')} error={fieldErrors.ownerPersonId}>
            <OwnerOptions people={people} />
          </SelectField>
          <button type="submit" className="button" disabled={busy}>
            {t('meetings.addItem')}
          </button>
        </form>
      )}
    </MeetingSection>
  );
}
