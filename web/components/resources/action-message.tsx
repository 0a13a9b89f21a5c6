'use client';

import { useRef, useState } from 'react';
import { useT } from '../../lib/i18n/client';

// The answer to a booking action (approve, decline, cancel): an alert or a status, focused so it
// is announced.
export function useActionMessage() {
  const t = useT();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const ref = useRef<HTMLDivElement>(null);

  /** `result` is the mutation's payload (null when the request failed); `success` what to say when it worked. */
  function report(result: object | null | undefined, success: string) {
    if (!result) setMessage({ text: t('form.networkError'), error: true });
    else if ('message' in result) setMessage({ text: String(result.message), error: true });
    else setMessage({ text: success, error: false });
    requestAnimationFrame(() => ref.current?.focus());
  }

  const element = message && (
    <div
      ref={ref}
      tabIndex={-1}
      className={message.error ? 'alert' : 'notice'}
      role={message.error ? 'alert' : 'status'}
    >
      <p>{message.text}</p>
    </div>
  );
  return { report, element };
}
