import type { Context } from '../context.ts';

/**
 * A plain HTTP endpoint beside /graphql (iCalendar feeds, file exports). It gets the same context
 * as a GraphQL request (viewer from the session cookie, locale, database), so it authorises the
 * same way; it answers GET (and HEAD) unless it names other methods.
 */
export interface Route {
  /** Matched against the URL's path; named groups become `params`. */
  pattern: RegExp;
  /** Default GET and HEAD; e.g. webhooks take POST. */
  methods?: string[];
  handle(ctx: Context, params: Record<string, string>, url: URL, request: Request): Promise<Response>;
}

export function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
