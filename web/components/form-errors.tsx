'use client';

import { type RefObject, useCallback, useRef, useState } from 'react';
import { useT } from '../lib/i18n/client';
import { splitIssues } from './ui/mutation-failure';

/** What a mutation result union carries when it is not a success. */
type FailedPayload = {
  __typename?: string;
  message?: string;
  issues?: { path: string[]; message: string }[];
};

/**
 * The error state every form shares: per-field messages from a ValidationError, an alert with the
 * rest (or a network error), and focus moved to that alert so screen readers announce it.
 */
export function useFormErrors(fields: readonly string[]) {
  const t = useT();
  const alertRef = useRef<HTMLDivElement>(null);
  const [alert, setAlert] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const show = useCallback(
    (payload: FailedPayload | null | undefined) => {
      const { fieldErrors: byField, other } =
        payload?.__typename === 'ValidationError' && payload.issues
          ? splitIssues(payload.issues, fields)
          : { fieldErrors: {}, other: [] };
      setErrors(byField);
      setAlert(payload?.message ? [...new Set([payload.message, ...other])] : [t('form.networkError')]);
      requestAnimationFrame(() => alertRef.current?.focus());
    },
    [fields, t],
  );

  const clear = useCallback(() => {
    setErrors({});
    setAlert(null);
  }, []);

  return { errors, alert, alertRef, show, clear };
}

export function FormAlert({
  messages,
  alertRef,
}: {
  messages: string[] | null;
  alertRef: RefObject<HTMLDivElement | null>;
}) {
  if (!messages) return null;
  return (
    <div className="alert" role="alert" tabIndex={-1} ref={alertRef}>
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
