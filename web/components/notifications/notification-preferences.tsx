'use client';

import { graphql } from '../../gql';
import type { NotificationFrequency } from '../../gql/graphql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { useT } from '../../lib/i18n/client';
import { SelectField } from '../select-field';
import { LoadFailure } from '../ui/load-failure';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';
import { MyPhoneQuery } from './my-phone-documents';
import { SmsPhoneForm } from './sms-phone-form';

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
      ...MutationFailure
    }
  }
`);

const frequencies: NotificationFrequency[] = ['IMMEDIATELY', 'DAILY', 'WEEKLY', 'OFF'];

/** Per kind, how the person is e-mailed; each choice is saved as it is made. */
export function NotificationPreferences() {
  const t = useT();
  const { data, loading, error } = useAppQuery(PreferencesQuery);
  const hasPhone = Boolean(useAppQuery(MyPhoneQuery).data?.myPhone.phone);
  const saving = useMutationResult({ refetch: [PreferencesQuery] });
  const choose = (kind: string, label: string, email: NotificationFrequency, sms: boolean) =>
    saving.run(SetPreferenceMutation, { input: { kind, email, sms } }, t('notifications.saved', { label }));
  return (
    <section aria-labelledby="notification-preferences" className="notification-preferences">
      <h2 id="notification-preferences">{t('notifications.preferences')}</h2>
      <p>{t('notifications.preferencesIntro')}</p>
      <MutationAlert result={saving} />
      {loading && !data && <p aria-live="polite">{t('notifications.loading')}</p>}
      {error && <LoadFailure error={error} text={t('notifications.error')} />}
      <SmsPhoneForm />
      {!hasPhone && <p className="hint">{t('sms.noPhone')}</p>}
      {data?.notificationPreferences.map((p) => (
        <div key={p.kind}>
          <SelectField
            name={`email-${p.kind}`}
            label={p.label}
            value={p.email}
            disabled={saving.busy}
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
              disabled={saving.busy || (!hasPhone && !p.sms)}
              onChange={(e) => choose(p.kind, p.label, p.email, e.target.checked)}
            />
            {t('sms.also')}
          </label>
        </div>
      ))}
    </section>
  );
}
