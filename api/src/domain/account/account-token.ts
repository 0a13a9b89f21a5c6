import { randomBytes } from 'node:crypto';
import type { AccountTokenPurpose, Prisma } from '@naboskab/db';
import { hashToken } from '../../auth/session.ts';
import { NotAllowedError } from '../../errors.ts';
import type { Locale } from '../../i18n.ts';
import { lockRow } from '../lock-row.ts';

/** A random link token and its SHA-256; only the hash is stored (like session tokens). */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/**
 * Issues a single-use token; it replaces any unused one of the same purpose for the user. The
 * user's row is locked first, so requests at once take turns and each deletes the one before it:
 * otherwise both deletes run before either insert and two links stay valid.
 */
export async function issueAccountToken(
  tx: Prisma.TransactionClient,
  input: { userId: string; purpose: AccountTokenPurpose; minutes: number; email?: string },
): Promise<{ token: string; expiresAt: Date }> {
  await lockRow(tx, 'User', input.userId);
  await tx.accountToken.deleteMany({ where: { userId: input.userId, purpose: input.purpose, usedAt: null } });
  const { token, tokenHash } = newLinkToken();
  const expiresAt = new Date(Date.now() + input.minutes * 60_000);
  await tx.accountToken.create({
    data: { tokenHash, purpose: input.purpose, userId: input.userId, email: input.email ?? null, expiresAt },
  });
  return { token, expiresAt };
}

/**
 * Uses a token once: a conditional update claims it, so two requests with the same link cannot
 * both succeed. Unknown, expired, used and wrong-purpose tokens all fail alike.
 */
export async function consumeAccountToken(
  tx: Prisma.TransactionClient,
  token: string,
  purposes: readonly AccountTokenPurpose[],
) {
  const now = new Date();
  const found = await tx.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: { include: { person: { select: { name: true } } } } },
  });
  if (!found || !purposes.includes(found.purpose) || found.user.disabledAt)
    throw new NotAllowedError('token.invalid');
  const claimed = await tx.accountToken.updateMany({
    where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (claimed.count === 0) throw new NotAllowedError('token.invalid');
  return found;
}

/** When a link expires, for the e-mail's text, in Copenhagen time. */
export function expiryText(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  }).format(date);
}

export function mailLocale(locale: string): Locale {
  return locale === 'en' ? 'en' : 'da';
}
