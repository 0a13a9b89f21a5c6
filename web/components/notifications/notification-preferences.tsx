'use client';

import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { NotificationFrequency } from '../../gql/graphql';
import { useT } from '../../lib/i18n/client';
import { SelectField } from '../select-field';
import { LoadFailure } from '../ui/load-failure';
import { MutationAlert } from '../ui/mutation-alert';
import { useMutationResult } from '../ui/use-mutation-result';

const PreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences { kind label email isDefault }
  }
`);

const SetPreferenceMutation = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      __typename
      ... on SetNotificationPreferenceSuccess { preference { kind label email isDefault } }
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
  const saving = useMutationResult({ refetch: [PreferencesQuery] });
  const choose = (kind: string, label: string, email: NotificationFrequency) =>
    saving.run(SetPreferenceMutation, { input: { kind, email } }, t('notifications.saved', { label }));
  return (
    <section aria-labelledby="notification-preferences" className="notification-preferences">
      <h2 id="notification-preferences">{t('notifications.preferences')}</h2>
      <p>{t('notifications.preferencesIntro')}</p>
      <MutationAlert result={saving} />
      {loading && !data && <p aria-live="polite">{t('notifications.loading')}</p>}
      {error && <LoadFailure error={error} text={t('notifications.error')} />}
      {data?.notificationPreferences.map((p) => (
        <SelectField
          key={p.kind}
          name={`email-${p.kind}`}
          label={p.label}
          value={p.email}
          disabled={saving.busy}
          onChange={(e) => choose(p.kind, p.label, e.target.value as NotificationFrequency)}
        >
          {frequencies.map((f) => (
            <option key={f} value={f}>
              {t(`notifications.frequency.${f}`)}
            </option>
          ))}
        </SelectField>
      ))}
    </section>
  );
}
