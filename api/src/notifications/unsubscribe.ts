import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '@naboskab/db';
import { canonicalUuid } from '../auth/partnership-access.ts';
import type { Env } from '../env.ts';
import type { DigestFrequency } from './digest-schedule.ts';
import { defaultEmailFrequency, kindsFor, notificationKind } from './kinds.ts';

// RFC 8058 one-click unsubscribe: every notification e-mail carries `List-Unsubscribe:
// <…/unsubscribe/<token>>` and `List-Unsubscribe-Post: List-Unsubscribe=One-Click`. The token names
// one person and one kind (or a digest, `digest.DAILY`/`digest.WEEKLY`), signed with LINK_SECRET, so
// it needs no row and cannot be forged; a POST turns that kind's e-mail off (for a digest: every kind
// the digest bundles for the person), a GET (a person opening it) shows a confirm page in the web app.

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
  const [named, kind] = Buffer.from(body, 'base64url').toString('utf8').split(' ');
  // Digests queued before they named their recipient went out with links signed for "undefined".
  const userId = canonicalUuid(named ?? '');
  return userId && kind && (notificationKind(kind) || digestOf(kind)) ? { userId, kind } : null;
}

/** The token kind of a digest's e-mail. */
export const digestKind = (frequency: DigestFrequency) => `digest.${frequency}`;
const digestOf = (kind: string): DigestFrequency | null =>
  kind === 'digest.DAILY' ? 'DAILY' : kind === 'digest.WEEKLY' ? 'WEEKLY' : null;

/** Turns off e-mail for the token's kind (SMS and the app are unchanged); false for a bad token. */
export async function unsubscribe(prisma: PrismaClient, secret: string, token: string): Promise<boolean> {
  const target = readUnsubscribeToken(secret, token);
  if (!target) return false;
  const user = await prisma.user.findUnique({
    where: { id: target.userId },
    select: { id: true, role: true },
  });
  if (!user) return false;
  const frequency = digestOf(target.kind);
  if (frequency) {
    await unsubscribeDigest(prisma, user, frequency);
    return true;
  }
  await prisma.notificationPreference.upsert({
    where: { userId_kind: target },
    create: { ...target, email: 'OFF' },
    update: { email: 'OFF' },
  });
  return true;
}

/**
 * Turns off e-mail for every kind the digest bundles for the person: their choices at that
 * frequency, and the kinds they have not chosen about whose role default is that frequency, as
 * explicit OFF rows. Each write is conditional (change only what is still at that frequency;
 * insert only where no choice exists), so a choice made at the same moment is never overwritten.
 */
async function unsubscribeDigest(
  prisma: PrismaClient,
  user: { id: string; role: Parameters<typeof kindsFor>[0] },
  frequency: DigestFrequency,
) {
  const defaults = kindsFor(user.role)
    .filter(([, kind]) => defaultEmailFrequency(kind, user.role) === frequency)
    .map(([name]) => ({ userId: user.id, kind: name, email: 'OFF' as const }));
  await prisma.$transaction([
    prisma.notificationPreference.updateMany({
      where: { userId: user.id, email: frequency },
      data: { email: 'OFF' },
    }),
    prisma.notificationPreference.createMany({ data: defaults, skipDuplicates: true }),
  ]);
}
