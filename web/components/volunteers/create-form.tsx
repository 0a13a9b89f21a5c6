'use client';

import { useState } from 'react';
import { useT } from '../../lib/i18n/client';
import { useFormErrors } from '../form-errors';

/** What a create-mutation answered: its typed payload (success, or an error to show). */
type Payload = Parameters<ReturnType<typeof useFormErrors>['show']>[0];

// The coordinator's create forms (activity, opportunity): send, then either reset the form and
// say so, or show the API's per-field issues and alert.
export function useCreateForm(fields: readonly string[], onCreated: () => void) {
  const { errors, alert, alertRef, show, clear } = useFormErrors(fields);
  const [done, setDone] = useState(false);

  async function submit(formElement: HTMLFormElement, send: () => Promise<Payload>, successTypename: string) {
    const payload = await send().catch(() => null);
    if (payload?.__typename === successTypename) {
      clear();
      setDone(true);
      formElement.reset();
      onCreated();
      return;
    }
    setDone(false);
    show(payload);
  }

  return { errors, alert, alertRef, done, submit };
}

export function DescriptionField({ id }: { id: string }) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={id}>{t('volunteers.form.description')}</label>
      <textarea id={id} name="description" rows={3} />
    </div>
  );
}

// "Publish", the submit button and the "created" status line that end both create forms.
export function PublishAndSubmit({
  loading,
  done,
  label,
}: {
  loading: boolean;
  done: boolean;
  label: string;
}) {
  const t = useT();
  return (
    <>
      <label className="checkbox">
        <input type="checkbox" name="published" />
        <span>{t('volunteers.form.publish')}</span>
      </label>
      <button type="submit" className="button" disabled={loading}>
        {label}
      </button>
      <p role="status" className="notice-inline">
        {done ? t('volunteers.form.created') : ''}
      </p>
    </>
  );
}
