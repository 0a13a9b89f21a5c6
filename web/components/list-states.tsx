'use client';

import { useState } from 'react';
import { useT } from '../lib/i18n/client';

// Pieces every paginated list repeats: the "could not load, try again" alert and "show more".

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

/** A connection with the next page's edges appended to the ones already shown. */
export function appendEdges<E, C extends { edges: E[] }>(
  previous: { edges?: E[] } | null | undefined,
  next: C,
): C {
  return { ...next, edges: [...(previous?.edges ?? []), ...next.edges] };
}
