import type { Prisma, PrismaClient } from '@naboskab/db';
import type { Env } from '../env.ts';
import { sha256Hex } from './digest.ts';

// Growing delays instead of a lock (OWASP Authentication Cheat Sheet): each counter lets some
// failures through, then makes the next attempt wait, doubling with every further failure.
// Counters are rows locked for the check, so parallel attempts on any number of API processes
// cannot slip past a limit; keys are hashed, so no e-mail or IP address is stored.

interface Counter {
  key: string;
  accountKey: string | null;
  free: number;
  maxDelaySeconds: number;
}

/** Many attempts on one account queue for its row: give them time to get a connection and the lock. */
const CONTENDED = { maxWait: 20_000, timeout: 20_000 };

/** A counter quiet this long starts again from zero (and the hourly cleanup deletes it). */
export const FORGET_AFTER_HOURS = 24;
/** A stranger can slow an account down from many addresses, but by no more than this. */
const ACCOUNT_MAX_DELAY_SECONDS = 60;

const hash = (...parts: string[]) => sha256Hex(parts.join('\n'));

function countersOf(env: Env, email: string, ip: string): Counter[] {
  const maxDelaySeconds = env.SIGN_IN_MAX_DELAY_MINUTES * 60;
  const accountKey = hash('account', email);
  return [
    // One account guessed from one address; the owner elsewhere is not held up by it.
    {
      key: hash('account-address', email, ip),
      accountKey,
      free: env.SIGN_IN_FREE_FAILURES_PER_ACCOUNT_ADDRESS,
      maxDelaySeconds,
    },
    // One address trying many accounts.
    {
      key: hash('address', ip),
      accountKey: null,
      free: env.SIGN_IN_FREE_FAILURES_PER_ADDRESS,
      maxDelaySeconds,
    },
    // One account guessed from many addresses.
    {
      key: accountKey,
      accountKey,
      free: env.SIGN_IN_FREE_FAILURES_PER_ACCOUNT,
      maxDelaySeconds: ACCOUNT_MAX_DELAY_SECONDS,
    },
  ].sort((a, b) => a.key.localeCompare(b.key)); // one lock order for every attempt: no deadlock
}

function delaySeconds(env: Env, counter: Counter, failures: number): number {
  if (failures < counter.free) return 0;
  return Math.min(counter.maxDelaySeconds, env.SIGN_IN_FIRST_DELAY_SECONDS * 2 ** (failures - counter.free));
}

/**
 * Counts this attempt as a failure before its password is checked, and returns 0; or, when a
 * counter says wait, counts nothing and returns the seconds left to wait. Call
 * `signInSucceeded` when the password was right.
 */
export async function reserveSignInCheck(
  prisma: PrismaClient,
  env: Env,
  email: string,
  ip: string,
): Promise<number> {
  const counters = countersOf(env, email, ip);
  return prisma.$transaction(async (tx) => {
    const rows = [];
    for (const { key, accountKey } of counters) {
      await tx.$executeRaw`
        INSERT INTO "SignInThrottle" ("key", "accountKey", "failures", "notBefore", "lastFailureAt")
        VALUES (${key}, ${accountKey}, 0, NULL, now()) ON CONFLICT ("key") DO NOTHING`;
      const [row] = await tx.$queryRaw<{ failures: number; waitMs: number; forgotten: boolean }[]>`
        SELECT "failures",
               coalesce(greatest(0, extract(epoch FROM "notBefore" - clock_timestamp()) * 1000), 0)::float8
                 AS "waitMs",
               "lastFailureAt" < now() - make_interval(hours => ${FORGET_AFTER_HOURS}) AS "forgotten"
        FROM "SignInThrottle" WHERE "key" = ${key} FOR UPDATE`;
      if (!row) throw new Error('The sign-in counter row vanished inside its transaction');
      rows.push(row);
    }
    const waitMs = Math.max(...rows.map((row) => (row.forgotten ? 0 : row.waitMs)));
    if (waitMs > 0) return Math.ceil(waitMs / 1000);
    for (const [i, counter] of counters.entries()) {
      const row = rows[i] as (typeof rows)[number];
      const failures = row.forgotten ? 1 : row.failures + 1;
      const delay = delaySeconds(env, counter, failures);
      await tx.$executeRaw`
        UPDATE "SignInThrottle"
        SET "failures" = ${failures}, "lastFailureAt" = now(),
            "notBefore" = CASE WHEN ${delay} > 0 THEN clock_timestamp() + make_interval(secs => ${delay}) END
        WHERE "key" = ${counter.key}`;
    }
    return 0;
  }, CONTENDED);
}

/** The password was right: the account starts over here, and the address's counter loses this one. */
export async function signInSucceeded(prisma: PrismaClient, email: string, ip: string) {
  await prisma.$transaction([
    prisma.$executeRaw`
      UPDATE "SignInThrottle" SET "failures" = greatest("failures" - 1, 0) WHERE "key" = ${hash('address', ip)}`,
    prisma.signInThrottle.deleteMany({
      where: { key: { in: [hash('account-address', email, ip), hash('account', email)] } },
    }),
    prisma.signInThrottle.deleteMany({
      where: { lastFailureAt: { lt: new Date(Date.now() - FORGET_AFTER_HOURS * 3_600_000) } },
    }),
  ]);
}

/**
 * Lifts every delay on the account, from every address: for a password reset, which proves the
 * owner is at the keyboard. Takes the reset's transaction, or the client; `email` as stored
 * (trimmed, lower case).
 */
export async function clearSignInThrottle(
  db: PrismaClient | Prisma.TransactionClient,
  email: string,
): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { accountKey: hash('account', email) } });
}
