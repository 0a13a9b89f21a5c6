'use client';

import type { FormEvent, ReactNode } from 'react';
import { graphql } from '../../gql';
import type { ActionItemStatus } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useLocale, useT } from '../../lib/i18n/client';
import { formatDate } from '../../lib/i18n/format';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { fieldFailure } from '../ui/mutation-failure';
import { MeetingActionItemsQuery, MeetingCarriedQuery, MeetingDecisionsQuery } from './documents';
import type { MeetingData, Option } from './meeting-page';
import { MeetingSection, PlainList } from './section';
import { useMeetingMutation } from './use-meeting-mutation';

const RecordDecisionMutation = graphql(`
  mutation RecordDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

const AddActionItemMutation = graphql(`
  mutation AddActionItem($input: AddActionItemInput!) {
    addActionItem(input: $input) {
      __typename
      ...MutationFailure
    }
  }
`);

export const SetActionItemStatusMutation = graphql(`
  mutation SetActionItemStatus($input: SetActionItemStatusInput!) {
    setActionItemStatus(input: $input) {
      __typename
      ... on SetActionItemStatusSuccess { actionItem { id status overdue } }
      ...MutationFailure
    }
  }
`);

type Item = { id: string; title: string };
export type ActionItem = {
  id: string;
  description: string;
  dueOn?: string | null;
  status: ActionItemStatus;
  overdue: boolean;
  owner: { name: string };
  meetingTitle?: string;
};

function ItemOptions({ items }: { items: Item[] }) {
  const t = useT();
  return (
    <>
      <option value="">{t('meetings.noItem')}</option>
      {items.map((i) => (
        <option key={i.id} value={i.id}>
          {i.title}
        </option>
      ))}
    </>
  );
}

export function DecisionsSection({
  meeting,
  items,
  editable,
}: {
  meeting: MeetingData;
  items: Item[];
  editable: boolean;
}) {
  const t = useT();
  const m = useMeetingMutation(['text', 'agendaItemId']);
  const { run, busy, errors: fieldErrors } = m;
  const { data } = useAppQuery(MeetingDecisionsQuery, { variables: { id: meeting.id } });
  const loaded = data?.meeting?.decisions;
  if (!loaded) return null;
  const titles = new Map(items.map((i) => [i.id, i.title]));

  async function record(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const agendaItemId = String(form.get('agendaItemId') ?? '');
    const input = {
      meetingId: meeting.id,
      text: String(form.get('text') ?? ''),
      agendaItemId: agendaItemId || null,
    };
    if ((await run(RecordDecisionMutation, { input })).ok) formElement.reset();
  }

  const decisions = loaded.edges.map((e) => e.node);
  return (
    <MeetingSection name="decisions" title={t('meetings.decisions')}>
      <MutationAlert result={m} />
      <PlainList rows={decisions} empty={t('meetings.decisionsEmpty')}>
        {(d) => (
          <li key={d.id}>
            {d.text}
            {d.agendaItemId && titles.get(d.agendaItemId) && (
              <span className="hint"> · {titles.get(d.agendaItemId)}</span>
            )}
          </li>
        )}
      </PlainList>
      {editable && (
        <form
          className="form form--inline"
          onSubmit={record}
          noValidate
          aria-label={t('meetings.recordDecision')}
        >
          <FormField name="text" label={t('meetings.decisionText')} required error={fieldErrors.text} />
          <SelectField name="agendaItemId" label={t('meetings.underItem')} error={fieldErrors.agendaItemId}>
            <ItemOptions items={items} />
          </SelectField>
          <button type="submit" className="button" disabled={busy}>
            {t('meetings.recordDecision')}
          </button>
        </form>
      )}
    </MeetingSection>
  );
}

/** One action item with its status, due date, overdue mark and status buttons. */
export function ActionItemRow({
  item,
  canChange,
  extra,
}: {
  item: ActionItem;
  canChange: boolean;
  extra?: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const m = useMeetingMutation();
  const { run, busy } = m;
  const set = (status: ActionItemStatus) =>
    run(SetActionItemStatusMutation, { input: { actionItemId: item.id, status } });
  return (
    <li className={item.overdue ? 'action-item action-item--overdue' : 'action-item'}>
      <MutationAlert result={m} />
      <span className="action-item__description">{item.description}</span>
      <span className="hint">
        {item.owner.name}
        {item.dueOn &&
          ` · ${t('meetings.due', { date: formatDate(locale, item.dueOn, { timeZone: 'UTC' }) })}`}
        {item.meetingTitle && ` · ${t('meetings.fromMeeting', { title: item.meetingTitle })}`}
      </span>
      <span className="action-item__status">{t(`meetings.actionStatus.${item.status}`)}</span>
      {item.overdue && <strong className="badge badge--overdue">{t('meetings.overdue')}</strong>}
      {extra}
      {canChange && (
        <span className="button-row">
          {item.status === 'OPEN' ? (
            <>
              <button
                type="button"
                className="button button--small"
                aria-label={t('meetings.markDone', { description: item.description })}
                disabled={busy}
                onClick={() => set('DONE')}
              >
                {t('meetings.done')}
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={t('meetings.markDropped', { description: item.description })}
                disabled={busy}
                onClick={() => set('DROPPED')}
              >
                {t('meetings.drop')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--small button--secondary"
              aria-label={t('meetings.reopen', { description: item.description })}
              disabled={busy}
              onClick={() => set('OPEN')}
            >
              {t('meetings.reopenShort')}
            </button>
          )}
        </span>
      )}
    </li>
  );
}

export function CarriedSection({ meetingId, canChange }: { meetingId: string; canChange?: boolean }) {
  const t = useT();
  const { data } = useAppQuery(MeetingCarriedQuery, { variables: { id: meetingId } });
  const items: ActionItem[] = data?.meeting?.carriedActionItems.edges.map((e) => e.node) ?? [];
  return (
    <MeetingSection name="carried" title={t('meetings.carried')}>
      <PlainList rows={items} empty={t('meetings.carriedEmpty')}>
        {(item) => <ActionItemRow key={item.id} item={item} canChange={canChange ?? false} />}
      </PlainList>
    </MeetingSection>
  );
}

export function ActionItemsSection({
  meeting,
  items,
  editable,
  people,
}: {
  meeting: MeetingData;
  items: Item[];
  editable: boolean;
  people: Option[];
}) {
  const t = useT();
  const m = useMeetingMutation(['description', 'ownerPersonId', 'dueOn', 'agendaItemId']);
  const { run, busy, errors: fieldErrors } = m;
  const { data } = useAppQuery(MeetingActionItemsQuery, { variables: { id: meeting.id } });
  const loaded = data?.meeting?.actionItems;
  if (!loaded) return null;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const dueOn = String(form.get('dueOn') ?? '');
    const agendaItemId = String(form.get('agendaItemId') ?? '');
    const input = {
      meetingId: meeting.id,
      description: String(form.get('description') ?? '').trim(),
      ownerPersonId: String(form.get('ownerPersonId') ?? ''),
      dueOn: dueOn || null,
      agendaItemId: agendaItemId || null,
    };
    // An empty owner is not an id the API can read: say what is missing before sending.
    const missing = Object.fromEntries(
      (['description', 'ownerPersonId'] as const)
        .filter((field) => !input[field])
        .map((f) => [f, t('form.required')]),
    );
    if (Object.keys(missing).length) return m.fail(fieldFailure(missing, t));
    if ((await run(AddActionItemMutation, { input })).ok) formElement.reset();
  }

  const actionItems = loaded.edges.map((e) => e.node);
  return (
    <MeetingSection name="actions" title={t('meetings.actionItems')}>
      <MutationAlert result={m} />
      <PlainList rows={actionItems} empty={t('meetings.actionItemsEmpty')}>
        {(item) => <ActionItemRow key={item.id} item={item} canChange={meeting.viewerCanEdit} />}
      </PlainList>
      {editable && (
        <form
          className="form form--inline"
          onSubmit={add}
          noValidate
          aria-label={t('meetings.addActionItem')}
        >
          <FormField
            name="description"
            label={t('meetings.actionDescription')}
            required
            error={fieldErrors.description}
          />
          <SelectField
            name="ownerPersonId"
            label={t('meetings.actionOwner')}
            error={fieldErrors.ownerPersonId}
          >
            <option value="">{t('meetings.choose')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <FormField name="dueOn" type="date" label={t('meetings.actionDue')} error={fieldErrors.dueOn} />
          <SelectField name="agendaItemId" label={t('meetings.underItem')} error={fieldErrors.agendaItemId}>
            <ItemOptions items={items} />
          </SelectField>
          <button type="submit" className="button" disabled={busy}>
            {t('meetings.addActionItem')}
          </button>
        </form>
      )}
    </MeetingSection>
  );
}
