import 'server-only';
import type { TypedDocumentNode } from '@apollo/client';
import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { headers } from 'next/headers';
import { forbidden, unauthorized } from 'next/navigation';
import { cache } from 'react';
import { getLocale } from '../i18n/server';
import { apiBaseUrl } from './api-url';

/**
 * What the API answered a server component, told apart: data (a missing object is a null field,
 * which the page turns into notFound()), a signed-out or refused viewer, or a failure (API down,
 * or a masked error) that must not read as "not found".
 */
export type ServerResult<TData> =
  | { kind: 'ok'; data: TData }
  | { kind: 'unauthenticated' }
  | { kind: 'forbidden' }
  | { kind: 'failed'; reason: string };

type Body<TData> = { data?: TData | null; errors?: { message: string; extensions?: { code?: string } }[] };

// Server components query the API directly (not through the /graphql proxy), forwarding the browser's
// Cookie header verbatim so the session cookie (naboskab_session) reaches the API unchanged.
export async function serverResult<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables?: TVars,
): Promise<ServerResult<TData>> {
  const cookie = (await headers()).get('cookie');
  let body: Body<TData>;
  try {
    const response = await fetch(`${apiBaseUrl()}/graphql`, {
      method: 'POST',
      cache: 'no-store',
      signal: AbortSignal.timeout(5000),
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        'x-graphql-yoga-csrf': '1',
        'accept-language': await getLocale(),
        ...(cookie ? { cookie } : {}),
      },
      body: JSON.stringify({ query: print(document), variables }),
    });
    body = (await response.json()) as Body<TData>;
  } catch (error) {
    return { kind: 'failed', reason: `API unreachable: ${(error as Error).message}` };
  }
  const codes = new Set((body.errors ?? []).map((e) => e.extensions?.code));
  if (codes.has('UNAUTHENTICATED')) return { kind: 'unauthenticated' };
  if (codes.has('FORBIDDEN')) return { kind: 'forbidden' };
  if (body.errors?.length || !body.data) {
    return { kind: 'failed', reason: (body.errors ?? []).map((e) => e.message).join('; ') || 'no data' };
  }
  return { kind: 'ok', data: body.data };
}

// One call per document and variables within a request: a page's generateMetadata and the page
// itself (or two sections) asking the same thing share the answer. React's cache() compares
// arguments by identity, hence the variables as JSON.
const sharedResult = cache(
  (document: TypedDocumentNode<unknown, Record<string, unknown>>, variables: string) =>
    serverResult(document, JSON.parse(variables) as Record<string, unknown>),
);

/**
 * The data, or the page that fits the failure: "log ind igen" (unauthorized.tsx), "du har ikke
 * adgang" (forbidden.tsx), or the error page with a retry (thrown). Never null for a failure.
 */
export async function serverQuery<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables?: TVars,
): Promise<TData> {
  const result = (await sharedResult(
    document as TypedDocumentNode<unknown, Record<string, unknown>>,
    JSON.stringify(variables ?? {}),
  )) as ServerResult<TData>;
  if (result.kind === 'unauthenticated') unauthorized();
  if (result.kind === 'forbidden') forbidden();
  if (result.kind === 'failed') throw new Error(`The API could not answer: ${result.reason}`);
  return result.data;
}

/** A client query answered on the server, for <PrimedQueries> to put in the browser's cache. */
export type PrimedQuery = { query: TypedDocumentNode<unknown, never>; variables: object; data: unknown };

/**
 * Asks on the server what a client island will ask with useAppQuery (same document, same
 * variables), so the island renders complete in the server HTML and sends no request on first
 * load. With __typename, as Apollo's cache stores it. Null when the viewer may not see it: the
 * island then asks itself and shows its own error or empty state, as before.
 */
export async function primeQuery<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
): Promise<PrimedQuery | null> {
  const query = addTypenameToDocument(document);
  const result = await serverResult(query, variables);
  return result.kind === 'ok' ? { query: query as PrimedQuery['query'], variables, data: result.data } : null;
}
