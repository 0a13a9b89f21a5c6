'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useT } from '../lib/i18n/client';

// Shown when the session has expired (UNAUTHENTICATED): a way back to this page after signing in.
export default function Unauthorized() {
  const t = useT();
  const path = usePathname();
  return (
    <div role="alert">
      <h1>{t('failure.signedOutTitle')}</h1>
      <p>{t('failure.signedOutBody')}</p>
      <p>
        <Link className="button" href={`/log-ind?next=${encodeURIComponent(path)}`}>
          {t('failure.signInAgain')}
        </Link>
      </p>
    </div>
  );
}
