'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { graphql } from '../../gql';
import type { ResourceAudience, ResourceDetailsFragment, ResourceKind } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { type Parsed, parseDecimal } from '../../lib/parse-number';
import { FormField } from '../form-field';
import { SelectField } from '../select-field';
import { MutationAlert } from '../ui/mutation-alert';
import { fieldFailure } from '../ui/mutation-failure';
import { useMutationResult } from '../ui/use-mutation-result';
import { type ExceptionRow, HoursEditor, type HoursRow } from './hours-editor';
import { KINDS } from './resource-filters';
import { minutesToTime, resourcePath, timeToMinutes } from './resource-ids';
import '../../app/styles/resources.css';
import { useAppQuery } from '../../lib/apollo/use-app-query';

const OfferOptionsQuery = graphql(`
  query ResourceOfferOptions {
    resourceOfferPartnerships(first: 100) {
      edges {
        node {
          id
          name
          areas {
            id
            name
            centre {
              lat
              lon
            }
          }
          resourceOwnerOptions {
            id
            name
          }
        }
      }
    }
  }
`);

const OfferResourceMutation = graphql(`
  mutation OfferResource($input: OfferResourceInput!) {
    offerResource(input: $input) {
      __typename
      ... on OfferResourceSuccess {
        resource {
          id
        }
      }
      ...MutationFailure
    }
  }
`);

const UpdateResourceMutation = graphql(`
  mutation UpdateResource($input: UpdateResourceInput!) {
    updateResource(input: $input) {
      __typename
      ... on UpdateResourceSuccess {
        resource {
          id
          ...ResourceDetails
        }
      }
      ...MutationFailure
    }
  }
`);

const AUDIENCES: ResourceAudience[] = ['PARTNERSHIP', 'AREA', 'SIGNED_IN'];
const DEFAULT_HOURS: HoursRow[] = [1, 2, 3, 4, 5].map((weekday) => ({
  key: weekday,
  weekday: String(weekday),
  opensAt: '09:00',
  closesAt: '21:00',
}));

// Offer (no `resource`) or edit form. Issues from the API are shown beside their field; the
// weekly hours and date exceptions are edited as rows and replace the old ones when saved.
const baseFields = [
  'ownerOrganisationId',
  'kind',
  'title',
  'description',
  'capacity',
  'address',
  'areaId',
  'lat',
  'lon',
  'audience',
  'requiresApproval',
];

export function ResourceForm({ resource }: { resource?: ResourceDetailsFragment }) {
  const t = useT();
  const router = useRouter();
  const options = useAppQuery(OfferOptionsQuery);
  const partnerships = options.data?.resourceOfferPartnerships.edges.map((e) => e.node) ?? [];
  const [partnershipId, setPartnershipId] = useState<string>(resource?.partnership.id ?? '');
  const chosen = partnerships.find((p) => p.id === (partnershipId || partnerships[0]?.id));
  const [areaId, setAreaId] = useState<string>(resource?.area?.id ?? '');
  const [point, setPoint] = useState({
    lat: resource?.location ? String(resource.location.lat) : '',
    lon: resource?.location ? String(resource.location.lon) : '',
  });
  const [hours, setHours] = useState<HoursRow[]>(
    resource
      ? resource.openingHours.map((h, i) => ({
          key: i,
          weekday: String(h.weekday),
          opensAt: minutesToTime(h.opensAt),
          closesAt: minutesToTime(h.closesAt),
        }))
      : DEFAULT_HOURS,
  );
  const [exceptions, setExceptions] = useState<ExceptionRow[]>(
    resource?.exceptions.map((e, i) => ({
      key: i,
      date: e.date,
      closed: e.closed,
      opensAt: e.opensAt == null ? '' : minutesToTime(e.opensAt),
      closesAt: e.closesAt == null ? '' : minutesToTime(e.closesAt),
      note: e.note,
    })) ?? [],
  );
  // Nested issues name their row ('openingHours.0.opensAt'): the editor shows them by that path.
  const rowFields = ['weekday', 'date', 'opensAt', 'closesAt', 'note', 'closed'];
  const result = useMutationResult({
    fields: [
      ...baseFields,
      ...hours.flatMap((_, i) => rowFields.map((f) => `openingHours.${i}.${f}`)),
      ...exceptions.flatMap((_, i) => rowFields.map((f) => `exceptions.${i}.${f}`)),
    ],
  });
  const { errors, busy: saving } = result;

  if (options.loading && !options.data)
    return (
      <p className="status" role="status">
        {t('resForm.loading')}
      </p>
    );
  if (!chosen)
    return (
      <p className="status" role={options.error ? 'alert' : undefined}>
        {options.error ? t('res.error') : t('resForm.noPartnerships')}
      </p>
    );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!chosen) return;
    const form = new FormData(event.currentTarget);
    const text = (key: string) => String(form.get(key) ?? '').trim();
    const numbers = Object.fromEntries(
      (['capacity', 'lat', 'lon'] as const).map((key) => [key, parseDecimal(text(key))]),
    ) as Record<'capacity' | 'lat' | 'lon', Parsed>;
    const unreadable = Object.entries(numbers).filter(([, parsed]) => !parsed.ok);
    if (unreadable.length) {
      return result.fail(
        fieldFailure(Object.fromEntries(unreadable.map(([key]) => [key, t('failure.number')])), t),
      );
    }
    const number = (key: 'capacity' | 'lat' | 'lon') => numbers[key].value;
    const fields = {
      ownerOrganisationId: text('ownerOrganisationId'),
      kind: text('kind') as ResourceKind,
      title: text('title'),
      description: text('description'),
      capacity: number('capacity'),
      address: text('address') || null,
      lat: number('lat'),
      lon: number('lon'),
      areaId: text('areaId') || null,
      audience: text('audience') as ResourceAudience,
      requiresApproval: form.get('requiresApproval') === 'on',
      openingHours: hours.map((h) => ({
        weekday: Number(h.weekday),
        opensAt: timeToMinutes(h.opensAt),
        closesAt: h.closesAt === '00:00' || h.closesAt === '24:00' ? 1440 : timeToMinutes(h.closesAt),
      })),
      exceptions: exceptions.map((e) => ({
        date: e.date,
        closed: e.closed,
        opensAt: e.closed || !e.opensAt ? null : timeToMinutes(e.opensAt),
        closesAt: e.closed || !e.closesAt ? null : timeToMinutes(e.closesAt),
        note: e.note || null,
      })),
    };
    const saved = resource
      ? await result.run(UpdateResourceMutation, { input: { ...fields, id: resource.id } })
      : await result.run(OfferResourceMutation, { input: { ...fields, partnershipId: chosen.id } });
    if (saved.ok) {
      router.push(resourcePath(saved.data.resource.id));
      router.refresh();
    }
  }

  const area = chosen.areas.find((a) => a.id === areaId);
  return (
    <form className="form resource-form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} showStatus={false} />
      {!resource && (
        <div className="field">
          <label htmlFor="field-partnership">{t('resForm.partnership')}</label>
          <select
            id="field-partnership"
            value={chosen.id}
            onChange={(e) => {
              setPartnershipId(e.target.value);
              setAreaId('');
            }}
          >
            {partnerships.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <SelectField
        name="ownerOrganisationId"
        label={t('resForm.owner')}
        error={errors.ownerOrganisationId}
        defaultValue={resource?.owner.id}
      >
        {chosen.resourceOwnerOptions.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="kind"
        label={t('resForm.kind')}
        error={errors.kind}
        defaultValue={resource?.kind ?? 'ROOM'}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`res.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <FormField
        name="title"
        type="text"
        label={t('resForm.title')}
        required
        maxLength={120}
        defaultValue={resource?.title}
        error={errors.title}
      />
      <div className="field">
        <label htmlFor="field-description">{t('resForm.description')}</label>
        {errors.description && (
          <p className="field-error" id="field-description-error">
            {errors.description}
          </p>
        )}
        <textarea
          id="field-description"
          name="description"
          rows={4}
          maxLength={4000}
          defaultValue={resource?.description}
        />
      </div>
      <FormField
        name="capacity"
        type="number"
        min={0}
        inputMode="numeric"
        label={t('resForm.capacity')}
        defaultValue={resource?.capacity ?? ''}
        error={errors.capacity}
      />
      <FormField
        name="address"
        type="text"
        label={t('resForm.address')}
        maxLength={200}
        defaultValue={resource?.address ?? ''}
        error={errors.address}
      />
      <SelectField
        name="areaId"
        label={t('resForm.area')}
        error={errors.areaId}
        value={areaId}
        onChange={(e) => setAreaId(e.target.value)}
      >
        <option value="">{t('resForm.noArea')}</option>
        {chosen.areas.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </SelectField>
      <div className="field-row">
        <FormField
          name="lat"
          type="text"
          inputMode="decimal"
          label={t('resForm.lat')}
          hint={t('resForm.pointHint')}
          value={point.lat}
          onChange={(e) => setPoint({ ...point, lat: e.target.value })}
          error={errors.lat}
        />
        <FormField
          name="lon"
          type="text"
          inputMode="decimal"
          label={t('resForm.lon')}
          value={point.lon}
          onChange={(e) => setPoint({ ...point, lon: e.target.value })}
          error={errors.lon}
        />
      </div>
      {area && (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setPoint({ lat: area.centre.lat.toFixed(5), lon: area.centre.lon.toFixed(5) })}
        >
          {t('resForm.useAreaCentre')}
        </button>
      )}
      <fieldset className="field" aria-describedby={errors.audience ? 'audience-error' : undefined}>
        <legend>{t('resForm.audience')}</legend>
        {errors.audience && (
          <p className="field-error" id="audience-error">
            {errors.audience}
          </p>
        )}
        {AUDIENCES.map((a) => (
          <label key={a} className="checkbox">
            <input
              type="radio"
              name="audience"
              value={a}
              defaultChecked={(resource?.audience ?? 'PARTNERSHIP') === a}
            />
            <span>{t(`res.audience.${a}`)}</span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            name="requiresApproval"
            defaultChecked={resource?.requiresApproval ?? true}
          />
          <span>{t('resForm.requiresApproval')}</span>
        </label>
      </div>
      <HoursEditor
        hours={hours}
        onHours={setHours}
        exceptions={exceptions}
        onExceptions={setExceptions}
        errors={errors}
      />
      <button type="submit" className="button" disabled={saving}>
        {saving ? t('resForm.saving') : resource ? t('resForm.submitEdit') : t('resForm.submitOffer')}
      </button>
    </form>
  );
}
