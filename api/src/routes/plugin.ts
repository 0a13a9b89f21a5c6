import type { PrismaClient } from '@naboskab/db';
import type { Plugin } from 'graphql-yoga';
import { createContext } from '../context.ts';
import type { Env } from '../env.ts';
import { localeOf, t } from '../i18n.ts';
import { NulInputError, refuseNulInQuery } from '../nul-input.ts';
import type { Route } from './route.ts';

/**
 * Serves `routes` before GraphQL sees the request. A NUL in the query string, or in text a route
 * decodes and passes to refuseNul, is a 400 naming where; other failures are logged, never shown.
 */
export function useRoutes(routes: Route[], { prisma, env }: { prisma: PrismaClient; env: Env }): Plugin {
  return {
    async onRequest({ request, url, endResponse, serverContext }) {
      const match = routes
        .map((route) => ({ route, found: route.pattern.exec(url.pathname) }))
        .find(({ found }) => found);
      if (!match?.found) return;
      const methods = match.route.methods ?? ['GET', 'HEAD'];
      if (!methods.includes(request.method)) {
        endResponse(
          new Response('Method not allowed', { status: 405, headers: { allow: methods.join(', ') } }),
        );
        return;
      }
      try {
        refuseNulInQuery(url.searchParams);
        const ctx = await createContext({
          ...(serverContext as object),
          request,
          params: {},
          prisma,
          env,
        } as never);
        endResponse(await match.route.handle(ctx, { ...match.found.groups }, url, request));
      } catch (error) {
        if (error instanceof NulInputError) {
          endResponse(
            new Response(t(localeOf(request), 'input.nul', { path: error.path }), {
              status: 400,
              headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
            }),
          );
          return;
        }
        console.error('[api] route failed', url.pathname, error);
        endResponse(new Response('Internal error', { status: 500 }));
      }
    },
  };
}
