'use client';

import { type FormEvent, type ReactNode, useEffect, useRef } from 'react';
import { useT } from '../../lib/i18n/client';
import { MutationAlert } from '../ui/mutation-alert';
import type { MutationResult } from '../ui/use-mutation-result';

/**
 * The admin's form that creates a thing, or edits one: its heading, the save's alert, the fields
 * (`children`), then Save (held while saving, so a double click saves once) and, while editing,
 * "Annullér redigering". `save` gets the form's data and resolves to true when saved; then
 * `onSaved` runs and a new thing's form is emptied for the next. Re-mount it by key to switch
 * what it edits (its fields are prefilled once): it then takes focus at its first field.
 */
export function AdminForm({
  id,
  title,
  result,
  editing,
  onCancel,
  save,
  onSaved,
  saveLabel,
  children,
}: {
  /** Id of the heading, which names the form. */
  id: string;
  title: string;
  result: MutationResult;
  editing: boolean;
  onCancel: () => void;
  save: (data: FormData) => Promise<boolean>;
  onSaved?: () => unknown;
  saveLabel?: string;
  children: ReactNode;
}) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);

  const opener = useRef<Element | null>(null);

  // Opened by a list's "Rediger": the person goes on at the form, wherever it is on the page, and
  // "Annullér redigering" takes them back to that button.
  useEffect(() => {
    if (!editing) return;
    opener.current = document.activeElement;
    formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [editing]);

  function cancel() {
    const back = opener.current;
    onCancel();
    requestAnimationFrame(() => {
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!(await save(new FormData(form)))) return;
    await onSaved?.();
    if (!editing) form.reset();
  }

  return (
    <form ref={formRef} className="form form--boxed" onSubmit={onSubmit} noValidate aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <MutationAlert result={result} />
      {children}
      <div className="form__actions">
        <button type="submit" className="button" disabled={result.busy}>
          {result.busy ? t('pform.saving') : (saveLabel ?? t('pform.save'))}
        </button>
        {editing && (
          <button type="button" className="button button--secondary" onClick={cancel}>
            {t('admin.cancelEdit')}
          </button>
        )}
      </div>
    </form>
  );
}
