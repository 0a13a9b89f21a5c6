'use client';

import { ApolloProvider } from '@apollo/client/react';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { Locale } from '../i18n/messages';
import { createApolloClient } from './client';

// One client per browser tab. The locale lives in a ref so switching language (which
// re-renders the layout with a new prop) changes the header without rebuilding the cache.
export function AppApolloProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const localeRef = useRef(locale);
  useEffect(() => {
    localeRef.current = locale;
  }, [locale]);
  const [client] = useState(() => createApolloClient(() => localeRef.current));
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
