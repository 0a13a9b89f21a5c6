import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import possibleTypes from '../../gql/possible-types';
import { defaultLocale, isLocale } from '../i18n/locale';

// For browser-client.ts's isGraphQLErrors: Apollo's error classes load with the client.
export { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The browser's client, created once by browser-client.ts (which loads this module after
 * hydration). It talks to the same-origin `/graphql` rewrite so the API's httpOnly session cookie
 * travels with every request.
 */
export function createBrowserClient() {
  const headers = new SetContextLink((prev) => ({
    headers: {
      ...prev.headers,
      // graphql-yoga rejects requests without this header (CSRF prevention).
      'x-graphql-yoga-csrf': '1',
      // The API localises error messages to <html lang>, which the root layout sets from the
      // locale cookie.
      'accept-language': isLocale(document.documentElement.lang)
        ? document.documentElement.lang
        : defaultLocale,
    },
  }));
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });

  return new ApolloClient({
    link: ApolloLink.from([headers, http]),
    cache: new InMemoryCache({
      possibleTypes: possibleTypes.possibleTypes,
      typePolicies: {
        // Pages through `areas` with fetchMore, merging edges per filter.
        Query: { fields: { areas: relayStylePagination(['municipalityCode', 'regionCode', 'search']) } },
      },
    }),
  });
}
