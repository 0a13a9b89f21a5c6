'use client';

import type { ReactNode } from 'react';
import { LoadFailure } from './ui/load-failure';

/**
 * What a list shows in place of its rows: the load error or loading status while nothing is
 * loaded yet (told apart by <LoadFailure>), then the empty text, else the rows (`children`).
 */
export function ListBody({
  loaded,
  loading,
  error,
  empty,
  errorText,
  loadingText,
  emptyText,
  loadingClassName,
  children,
}: {
  loaded: boolean;
  loading: boolean;
  error: unknown;
  empty: boolean;
  errorText: string;
  loadingText: string;
  emptyText: string;
  loadingClassName?: string;
  children: ReactNode;
}) {
  if (error && !loaded) return <LoadFailure error={error} text={errorText} />;
  if (loading && !loaded) {
    return (
      <p className={loadingClassName} role="status">
        {loadingText}
      </p>
    );
  }
  if (empty) return <p className="status">{emptyText}</p>;
  return children;
}
