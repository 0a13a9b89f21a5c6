import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { PrismaClient } from '@naboskab/db';
import { useCookies } from '@whatwg-node/server-plugin-cookies';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { useAnonymousWriteLimit } from './auth/anonymous-write-limit.ts';
import { useBodyLimit } from './body-limit.ts';
import { createContext, type ServerContext } from './context.ts';
import { CSRF_HEADER, corsFor } from './cors.ts';
import { useCostLimit } from './cost-limit.ts';
import { createMapCache } from './domain/map-cache.ts';
import type { Env } from './env.ts';
import { useNulRefusal } from './nul-input.ts';
import { tolerateEmptySelections } from './prisma-selection.ts';
import { routes as allRoutes } from './routes/index.ts';
import { useRoutes } from './routes/plugin.ts';
import type { Route } from './routes/route.ts';
import { schema as apiSchema } from './schema/index.ts';

export { CSRF_HEADER };

/** The whole HTTP API: GraphQL at /graphql, /health, and the plain routes of routes/index.ts. */
export function createApi({
  prisma,
  env,
  routes = allRoutes,
  cacheMinistryMap = true,
  schema = apiSchema,
}: {
  prisma: PrismaClient;
  env: Env;
  routes?: Route[];
  /** Off only to measure the map's uncached cost (api/bench). */
  cacheMinistryMap?: boolean;
  /** Another schema behind the same pipeline, only to measure the pipeline's own cost (api/bench). */
  schema?: GraphQLSchema;
}) {
  const production = env.NODE_ENV === 'production';
  const client = tolerateEmptySelections(prisma);
  const mapData = cacheMinistryMap ? createMapCache() : undefined;
  return createYoga<Partial<ServerContext>>({
    schema,
    context: (initial) => createContext({ ...initial, prisma: client, env, mapData }),
    graphqlEndpoint: '/graphql',
    graphiql: !production,
    landingPage: false,
    // Yoga's own liveness check would take /health; it moves so /health can report the database.
    healthCheckEndpoint: '/live',
    maskedErrors: true,
    // useBodyLimit below keeps the limit at a lower cost per request.
    maxRequestBodySize: false,
    cors: corsFor(env),
    plugins: [
      useCookies(),
      useBodyLimit(),
      useRoutes(routes, { prisma: client, env }),
      useCSRFPrevention({ requestHeaders: [CSRF_HEADER] }),
      useAnonymousWriteLimit(),
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 15 },
        maxTokens: { n: 4000 },
        maxDirectives: { n: 20 },
        // Its cost limit grows by 1.5× per level and ignores page sizes in variables, so it
        // refused a first: 100 page of the volunteer explorer yet let nested variable pages by:
        // useCostLimit counts the values a response can hold instead.
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: production },
      }),
      useCostLimit(),
      useNulRefusal(),
      ...(production ? [useDisableIntrospection()] : []),
      useHealth(prisma),
    ],
  });
}

// Not yoga's useReadinessCheck: it tests every request's URL against a URLPattern (a polyfill on
// Node), which cost more CPU than anything else in a signed-in `{ __typename }`.
function useHealth(prisma: PrismaClient): Plugin {
  return {
    async onRequest({ url, endResponse }) {
      if (url.pathname !== '/health') return;
      try {
        await prisma.$queryRaw`SELECT 1`;
        endResponse(Response.json({ status: 'ok', database: 'reachable' }));
      } catch {
        endResponse(Response.json({ status: 'error', database: 'unreachable' }, { status: 503 }));
      }
    },
  };
}
