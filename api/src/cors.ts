import type { CORSOptions } from 'graphql-yoga';
import type { Env } from './env.ts';

/** Cookie sessions: a cross-site form cannot set this header, so it cannot post on a user's behalf. */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/**
 * Only the web app's own origin and the configured extra ones may read responses with the
 * session cookie. Any other origin gets no CORS headers at all, so a browser neither shares the
 * response nor lets its preflight through with the CSRF header.
 */
export function corsFor(env: Env): (request: Request) => CORSOptions {
  const allowed = new Set([new URL(env.PUBLIC_URL).origin, ...env.CORS_ORIGINS]);
  return (request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: true,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', CSRF_HEADER],
    };
  };
}
