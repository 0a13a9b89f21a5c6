import { randomInt } from 'node:crypto';
import type { Prisma, PrismaClient } from '@naboskab/db';
import { withinRateLimits } from '../../auth/rate-limit.ts';
import { hashToken } from '../../auth/session.ts';
import type { Context } from '../../context.ts';
import { fieldIssue, NotAllowedError } from '../../errors.ts';
import { enqueueSms } from '../../sms/outbox.ts';

// A phone number gets SMS only once its owner proved it with a code sent there: otherwise anyone
// could direct notifications, and their cost, to someone else's phone.

const CODE_MINUTES = 10;
/** Wrong codes allowed for one code; then it is void and a new one must be sent. */
export const MAX_CODE_ATTEMPTS = 5;
/** Codes sent per hour, per person and per number: each is an SMS someone pays for. */
export const codeSendLimits = { perUser: 5, perNumber: 3, windowMinutes: 60 } as const;
/**
 * A new code to the number a live code was sent to less than this ago is refused: two requests at
 * once (a double click, two tabs) send one SMS, and a code that may still be on its way is not
 * replaced by another.
 */
export const RESEND_AFTER_SECONDS = 60;

export interface MyPhone {
  /** The number SMS go to, or null. */
  phone: string | null;
  verifiedAt: Date | null;
  /** A number awaiting its code. */
  pendingPhone: string | null;
  codeExpiresAt: Date | null;
}

/** Stored like account tokens: only a hash, bound to the number it was sent to. */
function codeHash(phone: string, code: string): string {
  return hashToken(`${phone}:${code}`);
}

const myPhoneSelect = {
  verifiedPhone: true,
  phoneVerifiedAt: true,
  pendingPhone: true,
  phoneCodeExpiresAt: true,
} as const;

export async function readMyPhone(prisma: PrismaClient, userId: string): Promise<MyPhone> {
  const person = await prisma.person.findFirst({ where: { user: { id: userId } }, select: myPhoneSelect });
  return {
    phone: person?.verifiedPhone ?? null,
    verifiedAt: person?.phoneVerifiedAt ?? null,
    pendingPhone: person?.pendingPhone ?? null,
    codeExpiresAt: person?.pendingPhone ? person.phoneCodeExpiresAt : null,
  };
}

const noPending = {
  pendingPhone: null,
  phoneCodeHash: null,
  phoneCodeExpiresAt: null,
  phoneCodeAttempts: 0,
} as const;

/** A person's columns with no number at all: removing the number, and erasing the person. */
export const noPhone = { ...noPending, phone: null, verifiedPhone: null, phoneVerifiedAt: null } as const;

/**
 * Sets the viewer's number for SMS: sends a code to it, and it becomes active when confirmed
 * (confirmPhone); until then a number proved before stays in use. Null removes every number.
 * Asking again sends a new code, which replaces the one before it, except to the same number
 * within RESEND_AFTER_SECONDS of a live code (a typed refusal).
 */
export async function startPhoneVerification(ctx: Context, phone: string | null): Promise<MyPhone> {
  const viewer = ctx.viewer;
  if (!viewer) throw new NotAllowedError('auth.signInRequired');
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: { personId: true, locale: true, person: { select: { verifiedPhone: true } } },
  });
  if (!phone || phone === user.person.verifiedPhone) {
    await ctx.prisma.person.update({
      where: { id: user.personId },
      data: phone ? noPending : noPhone,
    });
    return readMyPhone(ctx.prisma, viewer.userId);
  }
  // Asked first, so a refused repeat does not use up the hourly limits; claimed again below.
  const mayIssue = { id: user.personId, ...noRecentCodeTo(phone) };
  if ((await ctx.prisma.person.count({ where: mayIssue })) === 0)
    throw new NotAllowedError('phone.codeJustSent');
  const { perUser, perNumber, windowMinutes } = codeSendLimits;
  const allowed = await withinRateLimits(ctx.prisma, windowMinutes, [
    [`phone-code:user:${viewer.userId}`, perUser],
    [`phone-code:number:${phone}`, perNumber],
  ]);
  if (!allowed) throw new NotAllowedError('rateLimit.exceeded');
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  await ctx.prisma.$transaction(async (tx) => {
    // One conditional update: of two requests at once, the second finds the first one's code.
    const issued = await tx.person.updateMany({
      where: mayIssue,
      data: {
        pendingPhone: phone,
        phoneCodeHash: codeHash(phone, code),
        phoneCodeExpiresAt: new Date(Date.now() + CODE_MINUTES * 60_000),
        phoneCodeAttempts: 0,
      },
    });
    if (issued.count === 0) throw new NotAllowedError('phone.codeJustSent');
    await enqueueSms(tx, { to: phone, locale: user.locale, kind: 'account.phone-code', data: { code } });
  });
  return readMyPhone(ctx.prisma, viewer.userId);
}

/** The person has no live code sent to `phone` less than RESEND_AFTER_SECONDS ago. */
function noRecentCodeTo(phone: string): Prisma.PersonWhereInput {
  const issuedBefore = new Date(Date.now() + (CODE_MINUTES * 60 - RESEND_AFTER_SECONDS) * 1000);
  return {
    OR: [
      { pendingPhone: null },
      { pendingPhone: { not: phone } },
      { phoneCodeExpiresAt: null },
      { phoneCodeExpiresAt: { lte: issuedBefore } },
      { phoneCodeAttempts: { gte: MAX_CODE_ATTEMPTS } },
    ],
  };
}

/**
 * Confirms the pending number with its code. Each try is counted first, in its own statement,
 * so a wrong code counts even though the answer is an error and parallel guesses cannot pass the
 * cap; the code is then claimed by a conditional update, so two confirms at once make one success.
 */
export async function confirmPhone(ctx: Context, code: string): Promise<MyPhone> {
  const viewer = ctx.viewer;
  if (!viewer) throw new NotAllowedError('auth.signInRequired');
  const { personId } = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: { personId: true },
  });
  const now = new Date();
  const live = {
    id: personId,
    pendingPhone: { not: null },
    phoneCodeExpiresAt: { gt: now },
    phoneCodeAttempts: { lt: MAX_CODE_ATTEMPTS },
  };
  const counted = await ctx.prisma.person.updateMany({
    where: live,
    data: { phoneCodeAttempts: { increment: 1 } },
  });
  const person = await ctx.prisma.person.findUniqueOrThrow({
    where: { id: personId },
    select: { pendingPhone: true, phoneCodeHash: true, phoneCodeAttempts: true },
  });
  const { pendingPhone, phoneCodeHash, phoneCodeAttempts } = person;
  if (!pendingPhone || !phoneCodeHash) throw fieldIssue(['input', 'code'], 'phone.noPendingCode');
  if (counted.count === 0) {
    throw fieldIssue(
      ['input', 'code'],
      phoneCodeAttempts >= MAX_CODE_ATTEMPTS ? 'phone.codeTooManyAttempts' : 'phone.codeExpired',
    );
  }
  if (codeHash(pendingPhone, code) !== phoneCodeHash) {
    throw fieldIssue(
      ['input', 'code'],
      phoneCodeAttempts >= MAX_CODE_ATTEMPTS ? 'phone.codeTooManyAttempts' : 'phone.codeWrong',
    );
  }
  const claimed = await ctx.prisma.person.updateMany({
    where: { ...live, pendingPhone, phoneCodeHash, phoneCodeAttempts: { lte: MAX_CODE_ATTEMPTS } },
    data: { ...noPending, phone: pendingPhone, verifiedPhone: pendingPhone, phoneVerifiedAt: now },
  });
  if (claimed.count === 0) throw fieldIssue(['input', 'code'], 'phone.noPendingCode');
  return readMyPhone(ctx.prisma, viewer.userId);
}
