'use client';

import type { DocumentNode, OperationVariables } from '@apollo/client';
import { useState } from 'react';
import { useT } from '../../lib/i18n/client';
import { type MutationDocument, useMutationResult } from '../ui/use-mutation-result';

// The coordinator's create forms (activity, opportunity): send, then either reset the form, say
// so and refetch the list by its document, or show the API's per-field issues and alert.
export function useCreateForm(fields: readonly string[], refetch: readonly DocumentNode[]) {
  const result = useMutationResult({ fields, refetch });
  const [done, setDone] = useState(false);

  async function submit<TData, TVars extends OperationVariables>(
    formElement: HTMLFormElement,
    mutation: MutationDocument<TData, TVars>,
    variables: TVars,
  ) {
    setDone(false);
    if ((await result.run(mutation, variables)).ok) {
      setDone(true);
      formElement.reset();
    }
  }

  return { result, errors: result.errors, done, submit };
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
