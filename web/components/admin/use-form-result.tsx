'use client';

import { useState } from 'react';
import { FormAlert, useFormErrors } from '../form-errors';

type Payload =
  | { __typename?: string; message?: string; issues?: { path: string[]; message: string }[] }
  | null
  | undefined;

/** The form's error state (useFormErrors) plus a success status: what every admin form shares. */
export function useFormResult(fields: readonly string[]) {
  const { errors, alert, alertRef, show, clear } = useFormErrors(fields);
  const [status, setStatus] = useState<string | null>(null);
  return {
    errors,
    alert,
    status,
    alertRef,
    /** True when the payload is the success type; otherwise shows its issues. */
    handle(payload: Payload, successType: string, successText: string): boolean {
      if (payload?.__typename === successType) {
        clear();
        setStatus(successText);
        return true;
      }
      setStatus(null);
      show(payload);
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
      <FormAlert messages={result.alert} alertRef={result.alertRef} />
    </>
  );
}
