import type { PrismaClient } from '@naboskab/db';
import { sha256Hex } from './digest.ts';

/**
 * Counts one attempt for `key` in the current fixed window and says whether it is still within
 * `limit`. One atomic upsert, so parallel requests and several API processes count exactly. Call
 * it with `prisma`, outside the request's transaction: a refused attempt must still count.
 * Keys name e-mail addresses, numbers and IPs; the counters keep only their SHA-256, as the
 * sign-in counters do, since they outlive the window and are not erased with the person.
 * Windows follow the database's clock, which the cleanup reads too; each row records when its
 * window ends, so the cleanup needs to know no caller's window length (rate-limit-cleanup.ts).
 */
export async function withinRateLimit(
  prisma: PrismaClient,
  key: string,
  limit: number,
  windowMinutes: number,
): Promise<boolean> {
  const digest = sha256Hex(key);
  const seconds = windowMinutes * 60;
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    WITH "window" AS (
      SELECT to_timestamp(floor(extract(epoch FROM now()) / ${seconds}::int) * ${seconds}::int) AS "start"
    )
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "windowEnd", "count")
    SELECT ${digest}, "start", "start" + make_interval(secs => ${seconds}::int), 1 FROM "window"
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? Number.POSITIVE_INFINITY) <= limit;
}

/** Limits for unauthenticated account writes, per e-mail address and per client address. */
export const accountLimits = { perAddress: 3, perIp: 20, windowMinutes: 60 } as const;

/**
 * Counts one attempt against each `[key, limit]` in the same window (every one is counted, so an
 * attempt refused by one still counts in the others) and says whether all allow it.
 */
export async function withinRateLimits(
  prisma: PrismaClient,
  windowMinutes: number,
  limits: [key: string, limit: number][],
): Promise<boolean> {
  const allowed = await Promise.all(
    limits.map(([key, limit]) => withinRateLimit(prisma, key, limit, windowMinutes)),
  );
  return allowed.every(Boolean);
}

/** True when both the address's and the IP's limits allow one more attempt of `action`. */
export function accountActionAllowed(
  prisma: PrismaClient,
  action: string,
  email: string,
  ip: string,
): Promise<boolean> {
  const { perAddress, perIp, windowMinutes } = accountLimits;
  return withinRateLimits(prisma, windowMinutes, [
    [`${action}:email:${email}`, perAddress],
    [`${action}:ip:${ip}`, perIp],
  ]);
}
