'use client';

import { useState } from 'react';
import { useT } from '../lib/i18n/client';

// What every paginated list repeats: the "could not load, try again" alert.

/** A load that failed, with a retry that says so when it fails again. */
export function RetryAlert({
  text,
  retryLabel,
  onRetry,
}: {
  text: string;
  retryLabel: string;
  onRetry: () => Promise<unknown>;
}) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'retrying' | 'failed'>('idle');
  async function retry() {
    setState('retrying');
    try {
      await onRetry();
      setState('idle');
    } catch {
      setState('failed');
    }
  }
  return (
    <div className="alert" role="alert">
      <p>{text}</p>
      {state === 'failed' && <p>{t('failure.stillFailing')}</p>}
      <button type="button" className="button" onClick={retry} disabled={state === 'retrying'}>
        {retryLabel}
      </button>
    </div>
  );
}
