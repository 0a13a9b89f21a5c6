import type { Prisma } from '@naboskab/db';
import { enqueueEmail } from '../../mail/outbox.ts';

/**
 * Gives a user a new password hash, ends their sessions (all, or all but `keepSessionId`), drops
 * unused reset links, clears failed sign-ins and tells the owner by e-mail, in the caller's
 * transaction.
 */
export async function setPassword(
  tx: Prisma.TransactionClient,
  user: { id: string; email: string; locale: string; name: string },
  passwordHash: string,
  keepSessionId?: string,
): Promise<void> {
  await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
  await tx.session.deleteMany({
    where: { userId: user.id, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
  });
  await tx.accountToken.deleteMany({ where: { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null } });
  // The real owner proved themself: lift the sign-in throttle. (The sign-in limits are being
  // reworked on branch `abuse`; at merge this becomes its clearSignInThrottle(tx, email).)
  await tx.signInAttempt.deleteMany({ where: { email: user.email, succeeded: false } });
  await enqueueEmail(tx, {
    to: user.email,
    locale: user.locale,
    kind: 'account.password-changed',
    data: { name: user.name },
  });
}
