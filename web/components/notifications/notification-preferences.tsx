'use client';

import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { NotificationFrequency } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { FormAlert, useFormErrors } from '../form-errors';
import { SelectField } from '../select-field';
import { MyPhoneQuery, SmsPhoneForm } from './sms-phone-form';

const PreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences { kind label email sms isDefault }
  }
`);

const SetPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      __typename
      ... on SetNotificationPreferenceSuccess { preference { kind label email sms isDefault } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`);

const frequencies: NotificationFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'];

/** Per kind, how the person is e-mailed; each choice is saved as it is made. */
export function NotificationPreferences() {
  const t = useT();
  const { data, loading, error } = useQuery(PreferencesQuery);
  const hasPhone = Boolean(useQuery(MyPhoneQuery).data?.myPhone.phone);
  const [save, saving] = useMutation(SetPreferenceMutation, { refetchQueries: ['NotificationPreferences'] });
  const { alert, alertRef, show, clear } = useFormErrors(['kind', 'email']);
  const [saved, setSaved] = useState<string | null>(null);
  const choose = async (kind: string, label: string, email: NotificationFrequency, sms: boolean) => {
    clear();
    setSaved(null);
    const result = await save({ variables: { input: { kind, email, sms } } }).catch(() => null);
    const payload = result?.data?.setNotificationPreference;
    if (payload?.__typename === 'SetNotificationPreferenceSuccess')
      setSaved(t('notifications.saved', { label }));
    else show(payload ?? null);
  };
  return (
    <section aria-labelledby="notification-preferences" className="notification-preferences">
      <h2 id="notification-preferences">{t('notifications.preferences')}</h2>
      <p>{t('notifications.preferencesIntro')}</p>
      <FormAlert messages={alert} alertRef={alertRef} />
      <div aria-live="polite" role="status">
        {saved && <p>{saved}</p>}
      </div>
      {loading && !data && <p aria-live="polite">{t('notifications.loading')}</p>}
      {error && (
        <p role="alert" className="alert">
          {t('notifications.error')}
        </p>
      )}
      <SmsPhoneForm />
      {!hasPhone && <p className="hint">{t('sms.noPhone')}</p>}
      {data?.notificationPreferences.map((p) => (
        <div key={p.kind}>
          <SelectField
            name={`email-${p.kind}`}
            label={p.label}
            value={p.email}
            disabled={saving.loading}
            onChange={(e) => choose(p.kind, p.label, e.target.value as NotificationFrequency, p.sms)}
          >
            {frequencies.map((f) => (
              <option key={f} value={f}>
                {t(`notifications.frequency.${f}`)}
              </option>
            ))}
          </SelectField>
          {/* Named "SMS" with the kind as its description, so the kind's label names the select alone. */}
          <span id={`sms-kind-${p.kind}`} hidden>
            {p.label}
          </span>
          <label className="checkbox">
            <input
              type="checkbox"
              name={`sms-${p.kind}`}
              checked={p.sms}
              aria-describedby={`sms-kind-${p.kind}`}
              disabled={saving.loading || (!hasPhone && !p.sms)}
              onChange={(e) => choose(p.kind, p.label, p.email, e.target.checked)}
            />
            {t('sms.also')}
          </label>
        </div>
      ))}
    </section>
  );
}
