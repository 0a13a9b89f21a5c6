import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '@naboskab/db';
import type { Env } from '../env.ts';
import { notificationKind } from './kinds.ts';

// RFC 8058 one-click unsubscribe: every notification e-mail carries `List-Unsubscribe:
// <…/unsubscribe/<token>>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. The token names
// one person and one kind, signed with LINK_SECRET, so it needs no row and cannot be forged; a POST
// turns that kind's e-mail off, a GET (a person opening it) shows a confirm page in the web app.

const DEVELOPMENT_SECRET = 'naboskab-development-link-secret (set LINK_SECRET in production)';

export function linkSecret(env: Pick<Env, 'LINK_SECRET'>): string {
  return env.LINK_SECRET ?? DEVELOPMENT_SECRET;
}

const signature = (secret: string, body: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${body}`).digest('base64url');

export function unsubscribeToken(secret: string, userId: string, kind: string): string {
  const body = Buffer.from(`${userId} ${kind}`).toString('base64url');
  return `${body}.${signature(secret, body)}`;
}

export const unsubscribePath = (token: string) => `/unsubscribe/${token}`;

/** The person and kind a token names, or null when it is not one we signed. */
export function readUnsubscribeToken(secret: string, token: string): { userId: string; kind: string } | null {
  const [body, given] = token.split('.');
  if (!body || !given) return null;
  const expected = Buffer.from(signature(secret, body));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const [userId, kind] = Buffer.from(body, 'base64url').toString('utf8').split(' ');
  return userId && kind && notificationKind(kind) ? { userId, kind } : null;
}

/** Turns off e-mail for the token's kind (SMS and the app are unchanged); false for a bad token. */
export async function unsubscribe(prisma: PrismaClient, secret: string, token: string): Promise<boolean> {
  const target = readUnsubscribeToken(secret, token);
  if (!target) return false;
  const user = await prisma.user.findUnique({ where: { id: target.userId }, select: { id: true } });
  if (!user) return false;
  await prisma.notificationPreference.upsert({
    where: { userId_kind: target },
    create: { ...target, email: 'OFF' },
    update: { email: 'OFF' },
  });
  return true;
}
