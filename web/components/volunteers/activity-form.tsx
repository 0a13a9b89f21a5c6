'use client';

import type { DocumentNode } from '@apollo/client';
import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import type { Arena, TargetGroup } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { arenas, targetGroups } from '../partnership-options';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { DescriptionField, PublishAndSubmit, useCreateForm } from './create-form';

const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      __typename
      ... on CreateActivitySuccess {
        activity {
          id
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = [
  'title',
  'description',
  'areaId',
  'arenas',
  'targetGroups',
  'address',
  'scheduleText',
  'weekdays',
  'startsOn',
  'endsOn',
] as const;

export function ActivityForm({
  partnershipId,
  areas,
  refetch,
}: {
  partnershipId: string;
  areas: { id: string; name: string }[];
  /** The lists that show what was created. */
  refetch: readonly DocumentNode[];
}) {
  const t = useT();
  const { result, errors, done, submit } = useCreateForm(fields, refetch);
  const loading = result.busy;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (key: string) => String(form.get(key) ?? '').trim() || null;
    const input = {
      partnershipId,
      areaId: text('areaId'),
      title: text('title') ?? '',
      description: text('description'),
      arenas: form.getAll('arenas') as Arena[],
      targetGroups: form.getAll('targetGroups') as TargetGroup[],
      address: text('address'),
      scheduleText: text('scheduleText'),
      weekdays: form.getAll('weekdays').map(Number),
      startsOn: text('startsOn'),
      endsOn: text('endsOn'),
      published: form.get('published') === 'on',
    };
    await submit(formElement, CreateActivityMutation, { input });
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
      <FormField name="title" type="text" label={t('volunteers.form.title')} required error={errors.title} />
      <DescriptionField id="activity-description" />
      <SelectField name="areaId" label={t('volunteers.filter.area')} error={errors.areaId} defaultValue="">
        <option value="">{t('volunteers.form.noArea')}</option>
        {areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <FormField name="address" type="text" label={t('volunteers.form.address')} error={errors.address} />
      <FormField
        name="scheduleText"
        type="text"
        label={t('volunteers.form.schedule')}
        hint={t('volunteers.form.scheduleHint')}
        error={errors.scheduleText}
      />
      <Checkboxes
        name="weekdays"
        legend={t('volunteers.filter.weekday')}
        error={errors.weekdays}
        options={([1, 2, 3, 4, 5, 6, 7] as const).map((d) => [String(d), t(`volunteers.weekday.${d}`)])}
      />
      <Checkboxes
        name="arenas"
        legend={t('volunteers.filter.arena')}
        error={errors.arenas}
        options={arenas.map((a) => [a, t(`volunteers.arena.${a}`)])}
      />
      <Checkboxes
        name="targetGroups"
        legend={t('volunteers.filter.targetGroup')}
        error={errors.targetGroups}
        options={targetGroups.map((g) => [g, t(`volunteers.targetGroup.${g}`)])}
      />
      <FormField name="startsOn" type="date" label={t('volunteers.form.startsOn')} error={errors.startsOn} />
      <FormField name="endsOn" type="date" label={t('volunteers.form.endsOn')} error={errors.endsOn} />
      <PublishAndSubmit loading={loading} done={done} label={t('volunteers.form.createActivity')} />
    </form>
  );
}

export function Checkboxes({
  name,
  legend,
  options,
  error,
}: {
  name: string;
  legend: string;
  options: [string, string][];
  error?: string;
}) {
  return (
    <fieldset className="field checkbox-group">
      <legend>{legend}</legend>
      {error && <p className="field-error">{error}</p>}
      {options.map(([value, label]) => (
        <label key={value} className="checkbox">
          <input type="checkbox" name={name} value={value} />
          <span>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
