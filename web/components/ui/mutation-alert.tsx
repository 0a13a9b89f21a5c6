'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useT } from '../../lib/i18n/client';
import type { MutationResult } from './use-mutation-result';

/**
 * A mutation's outcome for people: the success status (announced politely), or the failure as
 * an alert that takes focus — with "log ind igen" when the session expired and "Prøv igen" when
 * the request never arrived.
 */
export function MutationAlert({
  result,
  showStatus = true,
}: {
  result: Pick<MutationResult, 'failure' | 'status' | 'retry' | 'alertRef' | 'busy'>;
  showStatus?: boolean;
}) {
  const t = useT();
  const path = usePathname();
  // The alert only appears after a failure in the browser, so `window` is there.
  const search = typeof window === 'undefined' ? '' : window.location.search;
  const { failure, status, retry, alertRef } = result;
  return (
    <>
      {showStatus && (
        <div role="status" aria-live="polite">
          {status && <p className="ok">{status}</p>}
        </div>
      )}
      {failure && (
        <div className="alert" role="alert" tabIndex={-1} ref={alertRef} data-failure={failure.kind}>
          {failure.messages.map((m) => (
            <p key={m}>{m}</p>
          ))}
          {failure.kind === 'signedOut' && (
            <p>
              <Link href={`/log-ind?next=${encodeURIComponent(path + search)}`}>
                {t('failure.signInAgain')}
              </Link>
            </p>
          )}
          {retry && (
            <button type="button" className="button button--secondary" onClick={retry} disabled={result.busy}>
              {t('failure.retry')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
