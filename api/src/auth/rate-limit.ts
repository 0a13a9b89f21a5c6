import type { PrismaClient } from '@naboskab/db';

/**
 * Counts one attempt for `key` in the current fixed window and says whether it is still within
 * `limit`. One atomic upsert, so parallel requests and several API processes count exactly. Call
 * it with `prisma`, outside the request's transaction: a refused attempt must still count.
 */
export async function withinRateLimit(
  prisma: PrismaClient,
  key: string,
  limit: number,
  windowMinutes: number,
): Promise<boolean> {
  const windowMs = windowMinutes * 60_000;
  const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const rows = await prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  return Number(rows[0]?.count ?? Number.POSITIVE_INFINITY) <= limit;
}

/** Limits for unauthenticated account writes, per e-mail address and per client address. */
export const accountLimits = {
  perAddress: { limit: 3, windowMinutes: 60 },
  perIp: { limit: 20, windowMinutes: 60 },
} as const;

/** True when both the address's and the IP's limits allow one more attempt of `action`. */
export async function accountActionAllowed(
  prisma: PrismaClient,
  action: string,
  email: string,
  ip: string,
): Promise<boolean> {
  const { perAddress, perIp } = accountLimits;
  const [byAddress, byIp] = await Promise.all([
    withinRateLimit(prisma, `${action}:email:${email}`, perAddress.limit, perAddress.windowMinutes),
    withinRateLimit(prisma, `${action}:ip:${ip}`, perIp.limit, perIp.windowMinutes),
  ]);
  return byAddress && byIp;
}
