'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useT } from '../../lib/i18n/client';
import { failureOfError } from './mutation-failure';

/**
 * A list or section that could not be loaded, for what it is: an expired session offers "log ind
 * igen", a refusal says "du har ikke adgang", anything else shows the caller's text.
 */
export function LoadFailure({ error, text }: { error: unknown; text: string }) {
  const t = useT();
  const path = usePathname();
  const { kind } = failureOfError(error, [], t);
  return (
    <div className="alert" role="alert" data-failure={kind}>
      {kind === 'signedOut' ? (
        <p>
          {t('failure.signedOutBody')}{' '}
          <Link href={`/log-ind?next=${encodeURIComponent(path)}`}>{t('failure.signInAgain')}</Link>
        </p>
      ) : (
        <p>{kind === 'forbidden' ? t('failure.forbiddenBody') : text}</p>
      )}
    </div>
  );
}
