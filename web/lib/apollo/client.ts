import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { relayStylePagination } from '@apollo/client/utilities';
import possibleTypes from '../../gql/possible-types';
import { defaultLocale, isLocale, type Locale } from '../i18n/locale';

// Browser-only client. It talks to the same-origin `/graphql` rewrite so the API's httpOnly
// session cookie travels with every request.
export function createApolloClient(getLocale: () => Locale) {
  const headers = new SetContextLink((prev) => ({
    headers: {
      ...prev.headers,
      // graphql-yoga rejects requests without this header (CSRF prevention).
      'x-graphql-yoga-csrf': '1',
      // The API localises error messages to this language.
      'accept-language': getLocale(),
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

let browserClient: ApolloClient | undefined;

/**
 * The browser's one client (per tab), shared by the query providers of every route and by the
 * mutation hook, so a mutation's refetch reaches the queries on screen. The language is read
 * from <html lang>, which the root layout sets from the locale cookie.
 */
export function browserApolloClient(): ApolloClient {
  browserClient ??= createApolloClient(() => {
    const lang = document.documentElement.lang;
    return isLocale(lang) ? lang : defaultLocale;
  });
  return browserClient;
}
