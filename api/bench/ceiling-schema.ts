// The ceiling of any implementation inside this API's stack: a schema of one field that answers a
// path with its hand-written SQL statement's JSON, served by the API's own yoga (same plugins,
// same context and session lookup, same HTTP). It is what compiling a selection to one statement
// and skipping field-by-field execution (as PostGraphile or Hasura do) could reach at best, so
// a path whose ceiling stays below the goal cannot reach it without another HTTP/GraphQL layer.
import type { PrismaClient } from '@naboskab/db';
import {
  GraphQLError,
  GraphQLInt,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
} from 'graphql';
import type { Context } from '../src/context.ts';
import type { ApiPath } from './api-paths.ts';

const Json = new GraphQLScalarType({ name: 'JSON', serialize: (value) => value });

export const CEILING_QUERY = 'query Ceiling($path: Int!) { baseline(path: $path) }';

export function ceilingSchema(prisma: PrismaClient, paths: ApiPath[]) {
  return new GraphQLSchema({
    query: new GraphQLObjectType<unknown, Context>({
      name: 'Query',
      fields: {
        baseline: {
          type: Json,
          args: { path: { type: new GraphQLNonNull(GraphQLInt) } },
          async resolve(_, { path }: { path: number }, ctx) {
            // As the API, a signed-in path is refused without a session.
            if (!ctx.viewer) throw new GraphQLError('Not signed in');
            const { sql, params } = paths[path] as ApiPath;
            const [row] = await prisma.$queryRawUnsafe<{ result: unknown }[]>(sql, ...params);
            return row?.result;
          },
        },
      },
    }),
  });
}
