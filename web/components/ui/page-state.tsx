'use client';

import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n/client';
import { LoadFailure } from './load-failure';
import { failureOfError } from './mutation-failure';

/**
 * A page whose one object is loading, missing or could not be loaded: the page's heading, then
 * what happened, so every state of the page has its h1. A malformed id in the address
 * (BAD_USER_INPUT) is "not found", like an id that names nothing the viewer may see.
 */
export function PageState({
  title,
  loading,
  error,
  texts,
}: {
  title: string;
  loading: boolean;
  error: unknown;
  texts: { loading: string; notFound: string; failed: string };
}) {
  const t = useT();
  let state: ReactNode;
  if (loading) state = <p role="status">{texts.loading}</p>;
  else if (error && failureOfError(error, [], t).kind !== 'invalid')
    state = <LoadFailure error={error} text={texts.failed} />;
  else
    state = (
      <p role="alert" className="alert">
        {texts.notFound}
      </p>
    );
  return (
    <>
      <h1>{title}</h1>
      {state}
    </>
  );
}
