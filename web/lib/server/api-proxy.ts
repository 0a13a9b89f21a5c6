import 'server-only';
import { apiBaseUrl } from './api-url';

// Headers the API needs from the browser; everything else stays at the web server.
const forwardedRequestHeaders = [
  'accept',
  'accept-language',
  'content-type',
  'cookie',
  'user-agent',
  'x-graphql-yoga-csrf',
  'x-forwarded-for',
];
// fetch() already decoded the body, so the API's framing headers no longer apply.
const droppedResponseHeaders = ['content-encoding', 'content-length', 'transfer-encoding', 'connection'];

/**
 * Passes a browser request to the API on the same path. Same-origin for the browser, so the API's
 * httpOnly session cookie belongs to the web origin.
 */
export async function proxyToApi(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const headers = new Headers();
  for (const name of forwardedRequestHeaders) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  try {
    const upstream = await fetch(`${apiBaseUrl()}${url.pathname}${url.search}`, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : undefined,
      cache: 'no-store',
      redirect: 'manual',
    });
    const responseHeaders = new Headers(upstream.headers);
    for (const name of droppedResponseHeaders) responseHeaders.delete(name);
    return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
  } catch {
    return Response.json({ errors: [{ message: 'The Naboskab API is not reachable.' }] }, { status: 502 });
  }
}
