import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@naboskab/db';
import { sha256Hex } from '../auth/digest.ts';
import { writeCalendar } from './ical.ts';
import type { FeedScope } from './source.ts';
import { calendarSources } from './sources/index.ts';

export type FeedKind = 'partnership' | 'personal';

/** A new secret token (256 bits) and the SHA-256 stored in its place. */
export function newFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashFeedToken(token) };
}

export function hashFeedToken(token: string): string {
  return sha256Hex(token);
}

export function feedPath(kind: FeedKind, token: string): string {
  return `/calendar/${kind}/${token}.ics`;
}

/**
 * The feed's calendar text, or null when the token is unknown, revoked, of the other kind, or its
 * owner no longer belongs (a disabled account, a partnership they left).
 */
export async function renderFeed(
  prisma: PrismaClient,
  publicUrl: string,
  kind: FeedKind,
  token: string,
): Promise<string | null> {
  const feed = await prisma.calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    include: {
      partnership: { select: { id: true, name: true } },
      user: {
        select: {
          id: true,
          personId: true,
          disabledAt: true,
          coordinates: { select: { partnershipId: true } },
          person: {
            select: { organisation: { select: { memberships: { select: { partnershipId: true } } } } },
          },
        },
      },
    },
  });
  if (!feed || feed.revokedAt || feed.user?.disabledAt) return null;
  let scope: FeedScope;
  let name: string;
  if (kind === 'partnership') {
    if (!feed.partnership) return null;
    const owner = feed.user;
    const belongs =
      !owner ||
      owner.coordinates.some((c) => c.partnershipId === feed.partnership?.id) ||
      (owner.person.organisation?.memberships ?? []).some((m) => m.partnershipId === feed.partnership?.id);
    if (!belongs) return null;
    scope = { kind, partnershipId: feed.partnership.id };
    name = feed.partnership.name;
  } else {
    if (feed.partnership || !feed.user) return null;
    scope = { kind, userId: feed.user.id, personId: feed.user.personId };
    name = 'Naboskab';
  }
  const since = new Date(Date.now() - 180 * 24 * 3_600_000);
  const base = publicUrl.replace(/\/+$/, '');
  const events = (
    await Promise.all(
      calendarSources.map((source) => source.events(scope, { prisma, publicUrl: base, since })),
    )
  )
    .flat()
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  return writeCalendar(name, events);
}
