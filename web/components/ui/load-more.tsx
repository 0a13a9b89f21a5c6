'use client';

import { useRef, useState } from 'react';
import { useT } from '../../lib/i18n/client';

/** The rows of the list just above "show more": a table's body rows, or a list's items. */
function rowsAbove(wrapper: HTMLElement | null): () => HTMLElement[] {
  const above = wrapper?.previousElementSibling;
  const list = above?.matches('table, ul, ol') ? above : above?.querySelector('table, ul, ol');
  if (!list) return () => [];
  return () =>
    Array.from(list instanceof HTMLTableElement ? (list.tBodies[0]?.rows ?? []) : list.children).filter(
      (row): row is HTMLElement => row instanceof HTMLElement,
    );
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * "Show more" for a paged list. The first new row then takes focus, so a keyboard or screen
 * reader user goes on reading where the list grew (the button itself goes after the last page,
 * and a disabled button loses focus). A page that fails to arrive says so (the button stays, as
 * the retry) instead of doing nothing.
 */
export function LoadMore({ label, load }: { label: string; load: () => Promise<unknown> }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  const wrapper = useRef<HTMLDivElement>(null);

  async function onClick() {
    if (state === 'loading') return;
    const rows = rowsAbove(wrapper.current);
    const before = rows().length;
    setState('loading');
    try {
      await load();
      setState('idle');
    } catch {
      setState('failed');
      return;
    }
    // The new rows render after the page has arrived in the cache: wait a few frames for them.
    for (let frame = 0; frame < 30; frame++) {
      await nextFrame();
      const first = rows()[before];
      if (first) {
        first.tabIndex = -1;
        first.focus();
        return;
      }
    }
  }

  return (
    <div className="load-more" ref={wrapper}>
      {state === 'failed' && (
        <p className="alert" role="alert">
          {t('failure.loadMore')} {t('failure.unreachable')}
        </p>
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={onClick}
        aria-disabled={state === 'loading'}
        aria-busy={state === 'loading'}
      >
        {state === 'failed' ? t('failure.retry') : label}
      </button>
    </div>
  );
}
