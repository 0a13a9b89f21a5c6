'use client';

import { useRef, useState } from 'react';
import { useT } from '../../lib/i18n/client';
import { issuesByField } from '../form-field';

type Payload =
  | { __typename?: string; message?: string; issues?: { path: string[]; message: string }[] }
  | null
  | undefined;

/** The state every admin form shares: per-field issues, an alert (focused), and a success status. */
export function useFormResult(fields: readonly string[]) {
  const t = useT();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [alert, setAlert] = useState<string[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  return {
    errors,
    alert,
    status,
    alertRef,
    /** True when the payload is the success type; otherwise shows its issues. */
    handle(payload: Payload, successType: string, successText: string): boolean {
      if (payload?.__typename === successType) {
        setErrors({});
        setAlert(null);
        setStatus(successText);
        return true;
      }
      const { byField, other } = payload?.issues
        ? issuesByField(payload.issues, fields)
        : { byField: {}, other: [] };
      setErrors(byField);
      setStatus(null);
      setAlert(payload?.message ? [...new Set([payload.message, ...other])] : [t('form.networkError')]);
      requestAnimationFrame(() => alertRef.current?.focus());
      return false;
    },
  };
}

export function FormMessages({ result }: { result: ReturnType<typeof useFormResult> }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {result.status && <p className="ok">{result.status}</p>}
      </div>
      {result.alert && (
        <div className="alert" role="alert" tabIndex={-1} ref={result.alertRef}>
          {result.alert.map((m) => (
            <p key={m}>{m}</p>
          ))}
        </div>
      )}
    </>
  );
}
