'use client';

import type { DocumentNode } from '@apollo/client';
import type { FormEvent } from 'react';
import { graphql } from '../../gql';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { DescriptionField, PublishAndSubmit, useCreateForm } from './create-form';
import { ShiftTimeFields, shiftTimes } from './shift-time';

const CreateOpportunityMutation = graphql(`
  mutation CreateVolunteerOpportunity($input: CreateVolunteerOpportunityInput!) {
    createVolunteerOpportunity(input: $input) {
      __typename
      ... on CreateVolunteerOpportunitySuccess {
        opportunity {
          id
        }
      }
      ...MutationFailure
    }
  }
`);

const fields = [
  'activityId',
  'contactOrganisationId',
  'title',
  'description',
  'volunteersNeeded',
  'skillsWanted',
  'startsAt',
  'endsAt',
] as const;

export function OpportunityForm({
  activities,
  organisations,
  refetch,
}: {
  activities: { id: string; title: string }[];
  organisations: { id: string; name: string }[];
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
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const shift = shiftTimes(form);
    const input = {
      activityId: text('activityId'),
      contactOrganisationId: text('contactOrganisationId'),
      title: text('title'),
      description: text('description') || null,
      volunteersNeeded: Number(text('volunteersNeeded') || 0),
      skillsWanted: text('skillsWanted')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      published: form.get('published') === 'on',
      shifts: shift ? [shift] : [],
    };
    await submit(formElement, CreateOpportunityMutation, { input });
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
      <SelectField name="activityId" label={t('volunteers.hours.activity')} error={errors.activityId}>
        {activities.map((a) => (
          <option key={a.id} value={a.id}>
            {a.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="contactOrganisationId"
        label={t('volunteers.form.contact')}
        error={errors.contactOrganisationId}
      >
        {organisations.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <FormField name="title" type="text" label={t('volunteers.form.title')} required error={errors.title} />
      <DescriptionField id="opportunity-description" />
      <FormField
        name="volunteersNeeded"
        type="number"
        min={1}
        label={t('volunteers.form.needed')}
        required
        error={errors.volunteersNeeded}
      />
      <FormField
        name="skillsWanted"
        type="text"
        label={t('volunteers.form.skills')}
        hint={t('volunteers.form.commaHint')}
        error={errors.skillsWanted}
      />
      <fieldset className="field">
        <legend>{t('volunteers.form.firstShift')}</legend>
        <ShiftTimeFields errors={errors} />
      </fieldset>
      <PublishAndSubmit loading={loading} done={done} label={t('volunteers.form.createOpportunity')} />
    </form>
  );
}
