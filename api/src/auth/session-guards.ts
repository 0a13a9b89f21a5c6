import type { PrismaClient } from '@naboskab/db';
import type { Env } from '../env.ts';

/**
 * Failed sign-ins inside the window, per account and per IP. Kept in the database so the limit
 * holds across API processes and restarts.
 */
export async function signInBlocked(
  prisma: PrismaClient,
  env: Env,
  email: string,
  ip: string,
): Promise<boolean> {
  const since = new Date(Date.now() - env.SIGN_IN_WINDOW_MINUTES * 60_000);
  const [byAccount, byIp] = await Promise.all([
    prisma.signInAttempt.count({ where: { email, succeeded: false, at: { gte: since } } }),
    prisma.signInAttempt.count({ where: { ip, succeeded: false, at: { gte: since } } }),
  ]);
  return byAccount >= env.SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT || byIp >= env.SIGN_IN_MAX_ATTEMPTS_PER_IP;
}

export async function recordSignInAttempt(
  prisma: PrismaClient,
  email: string,
  ip: string,
  succeeded: boolean,
) {
  await prisma.signInAttempt.create({ data: { email, ip, succeeded } });
  if (succeeded) {
    // A successful sign-in clears the account's failures, so an honest typo doesn't linger.
    await prisma.signInAttempt.deleteMany({ where: { email, succeeded: false } });
  }
}
