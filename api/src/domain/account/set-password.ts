import type { Prisma } from '@naboskab/db';
import { clearSignInThrottle } from '../../auth/sign-in-throttle.ts';
import { enqueueEmail } from '../../mail/outbox.ts';

/**
 * Gives a user a new password hash, ends their sessions (all, or all but `keepSessionId`), drops
 * unused reset and address-change links, clears failed sign-ins and tells the owner by e-mail, in
 * the caller's transaction.
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
  // An address change asked for under the old password goes too: whoever knew that password
  // could otherwise still move the account to their address after the owner reset it.
  await tx.accountToken.deleteMany({
    where: { userId: user.id, purpose: { in: ['PASSWORD_RESET', 'EMAIL_CHANGE'] }, usedAt: null },
  });
  // The real owner proved themself: lift every sign-in delay on the account, and forget the
  // failures logged against it.
  await clearSignInThrottle(tx, user.email);
  await tx.signInAttempt.deleteMany({ where: { email: user.email, succeeded: false } });
  await enqueueEmail(tx, {
    to: user.email,
    locale: user.locale,
    kind: 'account.password-changed',
    data: { name: user.name },
  });
}
