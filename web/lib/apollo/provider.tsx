'use client';

import { ApolloProvider } from '@apollo/client/react';
import { type ReactNode, useState } from 'react';
import { useLocale } from '../i18n/client';
import { browserApolloClient, createApolloClient } from './client';

/**
 * Apollo for the client islands that query. It is NOT in the root layout: a route's layout (or
 * page) wraps what needs it, so routes without queries ship no Apollo, graphql or rxjs. In the
 * browser every provider hands out the same client (one cache per tab); on the server each
 * render gets its own, so no data crosses between requests.
 */
export function AppApolloProvider({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [client] = useState(() =>
    typeof window === 'undefined' ? createApolloClient(() => locale) : browserApolloClient(),
  );
  return <ApolloProvider client={client}>{children}</ApolloProvider>;
}
