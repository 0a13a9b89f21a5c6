import type { IncomingMessage } from 'node:http';
import type { PrismaClient, Role } from '@naboskab/db';
import type { YogaInitialContext } from 'graphql-yoga';
import { readViewer, type SessionCookies } from './auth/session.ts';
import type { partnershipLoneliness } from './domain/loneliness-cells.ts';
import type { MapCache } from './domain/map-cache.ts';
import type { Env } from './env.ts';
import { type Locale, localeOf } from './i18n.ts';

export interface Viewer {
  userId: string;
  personId: string;
  sessionId: string;
  role: Role;
  name: string;
  email: string;
  locale: string;
  organisationId: string | null;
  /** Partnerships this user coordinates: their rights follow these rows. */
  coordinatorOf: ReadonlySet<string>;
}

export interface Context {
  prisma: PrismaClient;
  env: Env;
  viewer: Viewer | null;
  locale: Locale;
  ip: string;
  userAgent: string | null;
  cookies: SessionCookies;
  memberships?: Promise<ReadonlySet<string>>;
  /** Partnerships the viewer is a fællesskabsguide of (domain/referral/access.ts). */
  guideships?: Promise<ReadonlySet<string>>;
  /** Referrals whose personal data this request has read (logged once each). */
  referralReads?: Set<string>;
  /** Partnerships' UCLA-3 counts as non-members read them, loaded once per request each. */
  lonelinessOf?: Map<string, ReturnType<typeof partnershipLoneliness>>;
  /** The API's ministry map cache (absent outside GraphQL: plain routes read uncached). */
  mapData?: MapCache;
  /** Work to finish after the answer is sent (the server waits for it before it stops). */
  waitUntil: (work: Promise<unknown>) => void;
}

/** Coordinators act for their partnerships; admins act for all. */
export function coordinates(ctx: Context, partnershipId: string): boolean {
  const viewer = ctx.viewer;
  if (!viewer) return false;
  return (
    viewer.role === 'ADMIN' || (viewer.role === 'COORDINATOR' && viewer.coordinatorOf.has(partnershipId))
  );
}

/** Partnerships the viewer's organisation is a member of; loaded once per request. */
export function memberPartnershipIds(ctx: Context): Promise<ReadonlySet<string>> {
  const organisationId = ctx.viewer?.organisationId;
  if (!organisationId || ctx.viewer?.role === 'MINISTRY') return Promise.resolve(new Set());
  ctx.memberships ??= ctx.prisma.partnershipMember
    .findMany({ where: { organisationId }, select: { partnershipId: true } })
    .then((rows) => new Set(rows.map((row) => row.partnershipId)));
  return ctx.memberships;
}

export interface ServerContext {
  prisma: PrismaClient;
  env: Env;
  /** Node's request, when served by node:http (absent in tests calling yoga.fetch). */
  req?: IncomingMessage;
  mapData?: MapCache;
  /** Set by the server adapter; a test's own keeps track of the work (test/support.ts). */
  waitUntil?: (work: Promise<unknown>) => void;
}

export async function createContext(initial: YogaInitialContext & ServerContext): Promise<Context> {
  const { request, prisma, env, mapData } = initial;
  const cookies = (request as Request & { cookieStore?: SessionCookies['store'] }).cookieStore;
  if (!cookies) throw new Error('The cookies plugin is not installed');
  const sessionCookies: SessionCookies = { store: cookies, secure: env.PUBLIC_URL.startsWith('https:') };
  const viewer = await readViewer(prisma, env, sessionCookies);
  const userAgent = request.headers.get('user-agent')?.slice(0, 300) ?? null;
  return {
    prisma,
    env,
    viewer,
    locale: localeOf(request),
    ip: clientIp(initial),
    userAgent,
    cookies: sessionCookies,
    mapData,
    waitUntil: (work) => initial.waitUntil(work.then(() => undefined)),
  };
}

// The web app proxies /graphql from loopback and says who the visitor is in X-Forwarded-For;
// from anyone else that header could be forged, so the socket's address counts.
function clientIp({ request, req }: YogaInitialContext & ServerContext): string {
  const peer = req?.socket?.remoteAddress ?? 'local';
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  const loopback =
    peer === 'local' || peer === '::1' || peer.startsWith('127.') || peer === '::ffff:127.0.0.1';
  return loopback && forwarded ? forwarded : peer;
}
