'use client';

import { useState } from 'react';
import { useT } from '../../lib/i18n/client';

/**
 * "Show more" for a paged list. A page that fails to arrive says so (the button stays, as the
 * retry) instead of doing nothing.
 */
export function LoadMore({ label, load }: { label: string; load: () => Promise<unknown> }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');

  async function onClick() {
    setState('loading');
    try {
      await load();
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  return (
    <div className="load-more">
      {state === 'failed' && (
        <p className="alert" role="alert">
          {t('failure.loadMore')} {t('failure.unreachable')}
        </p>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={onClick}
        disabled={state === 'loading'}
        aria-busy={state === 'loading'}
      >
        {state === 'failed' ? t('failure.retry') : label}
      </button>
    </div>
  );
}
