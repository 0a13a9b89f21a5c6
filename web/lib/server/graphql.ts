import 'server-only';
import type { TypedDocumentNode } from '@apollo/client';
import { print } from 'graphql';
import { headers } from 'next/headers';
import { getLocale } from '../i18n/server';
import { apiBaseUrl } from './api-url';

// Server components query the API directly (not through the /graphql proxy), forwarding the browser's
// Cookie header verbatim so the session cookie (naboskab_session) reaches the API unchanged.
// Returns null when the API is unreachable, so pages degrade instead of crashing.
export async function serverQuery<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables?: TVars,
): Promise<TData | null> {
  const cookie = (await headers()).get('cookie');
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
    const body = (await response.json()) as { data?: TData; errors?: { message: string }[] };
    if (body.errors?.length) console.error('[web] API errors:', body.errors.map((e) => e.message).join('; '));
    return body.data ?? null;
  } catch (error) {
    console.error('[web] API unreachable:', (error as Error).message);
    return null;
  }
}
