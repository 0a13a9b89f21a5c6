import type { Prisma } from '@naboskab/db';
import { verifyPassword } from '@naboskab/db';
import { withinRateLimit } from '../../auth/rate-limit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, fieldIssue, mapPrismaError, NotAllowedError } from '../../errors.ts';
import { enqueueEmail } from '../../mail/outbox.ts';
import { startViewerSession } from '../sign-in.ts';
import { consumeAccountToken, expiryText, issueAccountToken, mailLocale } from './account-token.ts';

const CONFIRM_MINUTES = 24 * 60;

/** Sends a link to the new address; nothing changes until it is followed. */
export async function requestEmailChange(ctx: Context, newEmail: string, password: string): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer) throw new NotAllowedError('auth.signInRequired');
  if (newEmail === viewer.email) throw fieldIssue(['input', 'email'], 'email.sameAsCurrent');
  if (!(await withinRateLimit(ctx.prisma, `email-change:${viewer.userId}`, 5, 60))) {
    throw new NotAllowedError('rateLimit.exceeded');
  }
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId } });
  if (!(await verifyPassword(user.passwordHash, password))) {
    throw fieldIssue(['input', 'currentPassword'], 'password.wrongCurrent');
  }
  // A taken address gets the same answer and no link: the confirmation would fail anyway, and
  // saying so would tell who has an account.
  await ctx.prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } })) return;
    await sendConfirmation(tx, { ...user, name: viewer.name }, 'change', newEmail);
  });
}

/** Sends the link that proves a volunteer's address (registration, or "send it again"). */
export async function sendConfirmation(
  tx: Prisma.TransactionClient,
  user: { id: string; locale: string; name: string },
  purpose: 'change' | 'verify',
  to: string,
): Promise<void> {
  const { token, expiresAt } = await issueAccountToken(tx, {
    userId: user.id,
    purpose: purpose === 'change' ? 'EMAIL_CHANGE' : 'EMAIL_VERIFICATION',
    minutes: CONFIRM_MINUTES,
    email: to,
  });
  await enqueueEmail(tx, {
    to,
    locale: user.locale,
    kind: 'account.email-confirm',
    data: {
      name: user.name,
      purpose,
      expires: expiryText(expiresAt, mailLocale(user.locale)),
      confirmPath: `/bekraeft-email?token=${token}`,
    },
  });
}

/**
 * Follows a link from /bekraeft-email: an e-mail change moves the account to the new address (the
 * old one is told); a verification marks the address proven. Either way the person is signed in,
 * since the link proved they read that address.
 */
export async function confirmEmail(ctx: Context, token: string) {
  try {
    const userId = await ctx.prisma.$transaction(async (tx) => {
      const { user, email, purpose } = await consumeAccountToken(tx, token, [
        'EMAIL_CHANGE',
        'EMAIL_VERIFICATION',
      ]);
      const now = new Date();
      if (purpose === 'EMAIL_VERIFICATION' || !email) {
        if (user.emailVerifiedAt) return user.id;
        await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: now } });
        await enqueueEmail(tx, {
          to: user.email,
          locale: user.locale,
          kind: 'account.welcome',
          data: { name: user.person.name },
        });
        return user.id;
      }
      await tx.user.update({ where: { id: user.id }, data: { email, emailVerifiedAt: now } });
      await tx.person.update({ where: { id: user.personId }, data: { email } });
      await tx.session.deleteMany({ where: { userId: user.id } });
      // Links sent to the old address (a reset, a verification that signs in) must not outlive it.
      await tx.accountToken.deleteMany({ where: { userId: user.id, usedAt: null } });
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        kind: 'account.notice',
        data: { name: user.person.name, notice: 'emailChanged', newEmail: email },
      });
      return user.id;
    });
    return await startViewerSession(ctx, userId);
  } catch (error) {
    const mapped = mapPrismaError(error);
    throw mapped instanceof ConflictError ? new ConflictError('invitation.userExists') : mapped;
  }
}
