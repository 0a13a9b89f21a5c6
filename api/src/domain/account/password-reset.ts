import { hashPassword, type PrismaClient } from '@naboskab/db';
import { accountActionAllowed } from '../../auth/rate-limit.ts';
import type { Context } from '../../context.ts';
import { enqueueEmail } from '../../mail/outbox.ts';
import { assertNotPersonalPassword } from '../../schema/fields.ts';
import { consumeAccountToken, issueAccountToken } from './account-token.ts';
import { setPassword } from './set-password.ts';

export const RESET_MINUTES = 30;

/**
 * "Glemt adgangskode" (OWASP Forgot Password): the caller always gets the same answer, at the same
 * time, whether or not the address has an account, is rate-limited or deactivated. The answer goes
 * once the attempt is counted; the account is looked up and mailed after it, so the work done for
 * a known address cannot be timed.
 */
export async function requestPasswordReset(ctx: Context, email: string): Promise<void> {
  if (!(await accountActionAllowed(ctx.prisma, 'password-reset', email, ctx.ip))) return;
  ctx.waitUntil(
    sendResetLink(ctx.prisma, email).catch((error) => console.error('[api] password reset failed', error)),
  );
}

/** Only an active account gets a link. */
async function sendResetLink(prisma: PrismaClient, email: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      include: { person: { select: { name: true } } },
    });
    if (!user || user.disabledAt) return;
    const { token } = await issueAccountToken(tx, {
      userId: user.id,
      purpose: 'PASSWORD_RESET',
      minutes: RESET_MINUTES,
    });
    await enqueueEmail(tx, {
      to: user.email,
      locale: user.locale,
      kind: 'account.password-reset',
      data: {
        name: user.person.name,
        minutes: RESET_MINUTES,
        resetPath: `/nulstil-adgangskode?token=${token}`,
      },
    });
  });
}

/** Sets a new password from a reset link; every session of the account ends. */
export async function resetPassword(ctx: Context, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await ctx.prisma.$transaction(async (tx) => {
    const { user } = await consumeAccountToken(tx, token, ['PASSWORD_RESET']);
    // Refused inside the transaction, so the link stays usable for a better password.
    assertNotPersonalPassword(password, { email: user.email, name: user.person.name });
    await setPassword(tx, { ...user, name: user.person.name }, passwordHash);
    // Following the link proved the address too.
    if (!user.emailVerifiedAt)
      await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
  });
}
