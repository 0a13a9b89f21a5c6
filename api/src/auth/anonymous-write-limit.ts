import type { PrismaClient } from '@naboskab/db';
import { GraphQLError, type GraphQLSchema, getOperationAST, Kind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { t } from '../i18n.ts';
import { sha256Hex } from './digest.ts';
import { formatWait } from './format-wait.ts';

// Every request without a session that runs a public mutation (one that declares no
// authScopes) counts against its address: registration today, any new public write tomorrow.
// Signing in and out have their own rules (sign-in-throttle.ts); a protected mutation is refused
// to an anonymous caller before it writes anything, so it does not count.
const OWN_RULES = new Set(['signIn', 'signOut']);
const publicWritesOf = new WeakMap<GraphQLSchema, Set<string>>();

function publicWrites(schema: GraphQLSchema): Set<string> {
  let names = publicWritesOf.get(schema);
  if (!names) {
    const fields = Object.values(schema.getMutationType()?.getFields() ?? {});
    const open = fields.filter((f) => !(f.extensions?.pothosOptions as { authScopes?: unknown })?.authScopes);
    names = new Set(open.map((f) => f.name).filter((name) => !OWN_RULES.has(name)));
    publicWritesOf.set(schema, names);
  }
  return names;
}

/**
 * Counts one request in the address's current window, in one atomic statement (parallel
 * requests on any number of API processes see every count); returns the seconds until the
 * window ends when the limit is passed, else 0.
 */
export async function takeAnonymousWrite(
  prisma: PrismaClient,
  ip: string,
  limit: number,
  windowMinutes: number,
): Promise<number> {
  const key = sha256Hex(`anonymous-write\n${ip}`);
  const [row] = await prisma.$queryRaw<{ count: number; waitMs: number }[]>`
    INSERT INTO "RequestQuota" AS q ("key", "count", "windowStart") VALUES (${key}, 1, now())
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN q."windowStart" <= now() - make_interval(mins => ${windowMinutes}) THEN 1 ELSE q."count" + 1 END,
      "windowStart" = CASE WHEN q."windowStart" <= now() - make_interval(mins => ${windowMinutes}) THEN now() ELSE q."windowStart" END
    RETURNING "count",
      greatest(0, extract(epoch FROM "windowStart" + make_interval(mins => ${windowMinutes}) - now()) * 1000)::float8 AS "waitMs"`;
  if (!row || row.count <= limit) return 0;
  return Math.max(1, Math.ceil(row.waitMs / 1000));
}

/** Refuses an anonymous mutation past the address's limit with a RATE_LIMITED error. */
export function useAnonymousWriteLimit(): Plugin<Context> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue;
      if (ctx.viewer) return;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const writes = publicWrites(args.schema);
      const fields = operation.selectionSet.selections.map((s) =>
        s.kind === Kind.FIELD ? s.name.value : '',
      );
      if (!fields.some((name) => writes.has(name))) return;
      const { ANONYMOUS_WRITE_LIMIT, ANONYMOUS_WRITE_WINDOW_MINUTES } = ctx.env;
      const wait = await takeAnonymousWrite(
        ctx.prisma,
        ctx.ip,
        ANONYMOUS_WRITE_LIMIT,
        ANONYMOUS_WRITE_WINDOW_MINUTES,
      );
      if (wait === 0) return;
      const message = t(ctx.locale, 'auth.tooManyAnonymousWrites', { wait: formatWait(ctx.locale, wait) });
      setResultAndStopExecution({
        errors: [
          new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait } }),
        ],
      });
    },
  };
}
