import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '@naboskab/db';
import { formatWait } from '../auth/format-wait.ts';
import { startSession } from '../auth/session.ts';
import { recordSignInAttempt } from '../auth/session-guards.ts';
import { reserveSignInCheck, signInSucceeded } from '../auth/sign-in-throttle.ts';
import type { Context, Viewer } from '../context.ts';
import { NotAllowedError } from '../errors.ts';

// Verifying against a throwaway hash when the account is unknown keeps timings alike, so the
// response time does not reveal which e-mails have accounts.
let unknownAccountHash: Promise<string> | undefined;

export async function signIn(ctx: Context, email: string, password: string): Promise<Viewer> {
  const { prisma, env } = ctx;
  const waitSeconds = await reserveSignInCheck(prisma, env, email, ctx.ip);
  if (waitSeconds > 0) {
    throw new NotAllowedError('auth.tooManyAttempts', { wait: formatWait(ctx.locale, waitSeconds) });
  }
  const user = await prisma.user.findUnique({ where: { email } });
  unknownAccountHash ??= hashPassword(randomBytes(16).toString('hex'));
  const valid = await verifyPassword(user?.passwordHash ?? (await unknownAccountHash), password);
  if (!user || !valid || user.disabledAt) {
    await recordSignInAttempt(prisma, email, ctx.ip, false);
    throw new NotAllowedError('auth.wrongCredentials');
  }
  await recordSignInAttempt(prisma, email, ctx.ip, true);
  await signInSucceeded(prisma, email, ctx.ip);
  // Signing in is activity: the retention rule anonymises only people inactive for long.
  await prisma.person.update({ where: { id: user.personId }, data: { lastActiveAt: new Date() } });
  return startViewerSession(ctx, user.id);
}

/** Replaces any current session with a new one for the user, who becomes this request's viewer. */
export async function startViewerSession(ctx: Context, userId: string): Promise<Viewer> {
  if (ctx.viewer) await ctx.prisma.session.deleteMany({ where: { id: ctx.viewer.sessionId } });
  ctx.viewer = await startSession(ctx.prisma, ctx.env, ctx.cookies, userId, ctx.userAgent);
  return ctx.viewer;
}
