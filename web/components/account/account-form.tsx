'use client';

import { type FormEvent, type ReactNode, useState } from 'react';
import { useT } from '../../lib/i18n/client';
import { FormAlert, useFormErrors } from '../form-errors';
import { FormField } from '../form-field';

export interface AccountField {
  name: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autoComplete?: string;
  hint?: string;
}

/** A field for choosing a password (the shared rule is shown as its hint). */
export function newPasswordField(
  t: (key: 'form.passwordHint') => string,
  name: string,
  label: string,
): AccountField {
  return { name, type: 'password', label, autoComplete: 'new-password', hint: t('form.passwordHint') };
}

type Payload = { __typename?: string; message?: string; issues?: { path: string[]; message: string }[] };

/**
 * One small account form (forgotten password, new password, invitation, change e-mail…): fields,
 * a submit button, per-field errors, and what to show once it worked.
 */
export function AccountForm({
  fields,
  submitLabel,
  submit,
  successType,
  done,
}: {
  fields: AccountField[];
  submitLabel: string;
  /** Sends the form's values; resolves with the mutation's result payload (null on network failure). */
  submit: (values: Record<string, string>) => Promise<Payload | null | undefined>;
  successType: string;
  /** Rendered instead of the form after success; return null to keep the form (e.g. to navigate). */
  done: (values: Record<string, string>) => ReactNode;
}) {
  const t = useT();
  const { errors, alert, alertRef, show } = useFormErrors(fields.map((f) => f.name));
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Record<string, string> | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const values = Object.fromEntries(fields.map((f) => [f.name, String(form.get(f.name) ?? '')]));
    setBusy(true);
    const payload = await submit(values).catch(() => null);
    setBusy(false);
    if (payload?.__typename === successType) {
      element.reset();
      setSent(values);
      return;
    }
    show(payload);
  }

  const shown = sent ? done(sent) : null;
  if (shown) {
    return (
      <div role="status" className="notice">
        {shown}
      </div>
    );
  }
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormAlert messages={alert} alertRef={alertRef} />
      {fields.map((field) => (
        <FormField
          key={field.name}
          name={field.name}
          type={field.type}
          label={field.label}
          hint={field.hint}
          autoComplete={field.autoComplete}
          required
          error={errors[field.name]}
        />
      ))}
      <button type="submit" className="button" disabled={busy} aria-busy={busy}>
        {busy ? t('account.loading') : submitLabel}
      </button>
    </form>
  );
}
