'use client';

import type { OperationVariables } from '@apollo/client';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useT } from '../../lib/i18n/client';
import { FormField } from '../form-field';
import { MutationAlert } from '../ui/mutation-alert';
import { type MutationDocument, type MutationOutcome, useMutationResult } from '../ui/use-mutation-result';

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

type Saved<TData> = Extract<MutationOutcome<TData>, { ok: true }>['data'];

/**
 * One small account form (forgotten password, new password, invitation, change e-mail…): fields,
 * a submit button, per-field errors, and what to show once it worked. Runs through the one
 * mutation hook, so a lost connection, an expired session and a refusal each read for what they are.
 */
export function AccountForm<TData, TVars extends OperationVariables>({
  fields,
  submitLabel,
  mutation,
  variables,
  onSuccess,
  done,
}: {
  fields: AccountField[];
  submitLabel: string;
  mutation: MutationDocument<TData, TVars>;
  /** The mutation's variables from the form's values. */
  variables: (values: Record<string, string>) => TVars;
  /** Runs after a success, before `done` is shown (e.g. to navigate). */
  onSuccess?: (saved: Saved<TData>) => Promise<void> | void;
  /** Rendered instead of the form after success. */
  done: (values: Record<string, string>) => ReactNode;
}) {
  const t = useT();
  const result = useMutationResult({ fields: fields.map((f) => f.name) });
  const [sent, setSent] = useState<Record<string, string> | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const form = new FormData(element);
    const values = Object.fromEntries(fields.map((f) => [f.name, String(form.get(f.name) ?? '')]));
    const outcome = await result.run(mutation, variables(values));
    if (!outcome.ok) return;
    element.reset();
    await onSuccess?.(outcome.data);
    setSent(values);
  }

  if (sent) {
    return (
      <div role="status" className="notice">
        {done(sent)}
      </div>
    );
  }
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <MutationAlert result={result} showStatus={false} />
      {fields.map((field) => (
        <FormField
          key={field.name}
          name={field.name}
          type={field.type}
          label={field.label}
          hint={field.hint}
          autoComplete={field.autoComplete}
          required
          error={result.errors[field.name]}
        />
      ))}
      <button type="submit" className="button" disabled={result.busy} aria-busy={result.busy}>
        {result.busy ? t('account.loading') : submitLabel}
      </button>
    </form>
  );
}
