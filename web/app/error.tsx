'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { useT } from '../lib/i18n/client';

// Renders inside the root layout, so the locale context (and the header) are still there.
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useT();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          {t('error.retry')}
        </button>{' '}
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
