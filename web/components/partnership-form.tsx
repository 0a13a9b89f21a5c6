'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { graphql } from '../gql';
import type { Arena, PartnershipFormFragment, PartnershipStatus, TargetGroup } from '../gql/graphql';
import { useT } from '../lib/i18n/client';
import { AreaPicker } from './area-picker';
import { CheckboxGroup } from './checkbox-group';
import { FormField } from './form-field';
import { arenas, targetGroups } from './partnership-options';
import { SelectField } from './select-field';
import { MutationAlert } from './ui/mutation-alert';
import { useMutationResult } from './ui/use-mutation-result';

export const PartnershipFormFragmentDoc = graphql(`
  fragment PartnershipForm on Partnership {
    id
    slug
    name
    description
    status
    arenas
    targetGroups
    startsOn
    endsOn
    areas {
      id
      name
      municipality {
        id
        name
      }
    }
  }
`);

const CreateMutation = graphql(`
  mutation CreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      __typename
      ... on CreatePartnershipSuccess {
        partnership {
          id
          slug
        }
      }
      ...MutationFailure
    }
  }
`);

const UpdateMutation = graphql(`
  mutation UpdatePartnership($input: UpdatePartnershipInput!) {
    updatePartnership(input: $input) {
      __typename
      ... on UpdatePartnershipSuccess {
        partnership {
          id
          slug
          ...PartnershipForm
        }
      }
      ...MutationFailure
    }
  }
`);

// Status only moves forward (the API enforces it too): offer the current one and those after it.
const statusesFrom: Record<PartnershipStatus, PartnershipStatus[]> = {
  PLANNED: ['PLANNED', 'ACTIVE', 'ENDED'],
  ACTIVE: ['ACTIVE', 'ENDED'],
  ENDED: ['ENDED'],
};
const fields = [
  'name',
  'slug',
  'description',
  'areaIds',
  'arenas',
  'targetGroups',
  'startsOn',
  'endsOn',
  'status',
] as const;

/** Create (no partnership) or edit a partnership; the API's per-field issues show inline. */
export function PartnershipForm({ partnership }: { partnership?: PartnershipFormFragment }) {
  const t = useT();
  const router = useRouter();
  const result = useMutationResult({ fields });
  const { errors, busy: saving } = result;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const common = {
      name: text('name'),
      description: text('description'),
      areaIds: form.getAll('areaIds').map(String),
      arenas: form.getAll('arenas').map(String) as Arena[],
      targetGroups: form.getAll('targetGroups').map(String) as TargetGroup[],
      startsOn: text('startsOn') || null,
      endsOn: text('endsOn') || null,
    };
    const saved = partnership
      ? await result.run(UpdateMutation, {
          input: { ...common, id: partnership.id, status: text('status') as PartnershipStatus },
        })
      : await result.run(CreateMutation, { input: { ...common, slug: text('slug') || null } });
    if (saved.ok) {
      router.push(`/partnerskaber/${saved.data.partnership.slug}`);
      router.refresh();
    }
  }

  return (
    <form className="form form--wide" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} />
      <FormField
        name="name"
        type="text"
        label={t('pform.name')}
        defaultValue={partnership?.name}
        required
        error={errors.name}
      />
      {!partnership && <FormField name="slug" type="text" label={t('pform.slug')} error={errors.slug} />}
      <div className="field">
        <label htmlFor="field-description">{t('pform.description')}</label>
        {errors.description && (
          <p className="field-error" id="field-description-error">
            {errors.description}
          </p>
        )}
        <textarea
          id="field-description"
          name="description"
          rows={5}
          defaultValue={partnership?.description}
        />
      </div>
      <AreaPicker initial={partnership?.areas ?? []} legend={t('pform.areas')} error={errors.areaIds} />
      <CheckboxGroup
        name="arenas"
        legend={t('pform.arenas')}
        error={errors.arenas}
        options={arenas.map((a) => ({ value: a, label: t(`arena.${a}`) }))}
        checked={(v) => partnership?.arenas.includes(v as Arena) ?? false}
      />
      <CheckboxGroup
        name="targetGroups"
        legend={t('pform.targetGroups')}
        error={errors.targetGroups}
        options={targetGroups.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))}
        checked={(v) => partnership?.targetGroups.includes(v as TargetGroup) ?? false}
      />
      <FormField
        name="startsOn"
        type="date"
        label={t('pform.startsOn')}
        defaultValue={partnership?.startsOn}
        required
        error={errors.startsOn}
      />
      <FormField
        name="endsOn"
        type="date"
        label={t('pform.endsOn')}
        defaultValue={partnership?.endsOn ?? ''}
        error={errors.endsOn}
      />
      {partnership && (
        <SelectField
          name="status"
          label={t('pform.status')}
          defaultValue={partnership.status}
          error={errors.status}
        >
          {statusesFrom[partnership.status].map((s) => (
            <option key={s} value={s}>
              {t(`partnershipStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      )}
      <button type="submit" className="button" disabled={saving}>
        {saving ? t('pform.saving') : partnership ? t('pform.save') : t('pform.create')}
      </button>
    </form>
  );
}
