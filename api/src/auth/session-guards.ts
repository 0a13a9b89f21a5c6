import type { PrismaClient } from '@naboskab/db';

/** The sign-in log kept with a person's data (the limits themselves are in sign-in-throttle.ts). */
export async function recordSignInAttempt(
  prisma: PrismaClient,
  email: string,
  ip: string,
  succeeded: boolean,
) {
  await prisma.signInAttempt.create({ data: { email, ip, succeeded } });
  if (succeeded) {
    // Once the owner is in, their earlier failures say nothing more: the log keeps them no longer.
    await prisma.signInAttempt.deleteMany({ where: { email, succeeded: false } });
  }
}
