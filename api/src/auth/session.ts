import { randomBytes } from 'node:crypto';
import { Prisma, type PrismaClient, type Role } from '@naboskab/db';
import type { Viewer } from '../context.ts';
import type { Env } from '../env.ts';
import { sha256Hex } from './digest.ts';

export const SESSION_COOKIE = 'naboskab_session';
// Refreshing lastSeenAt on every request would write on every read; once a minute is enough.
const TOUCH_AFTER_MS = 60_000;

/** The request's cookie store (from @whatwg-node/server-plugin-cookies), as far as we use it. */
interface CookieJar {
  get(name: string): Promise<{ value: string } | undefined>;
  set(init: {
    name: string;
    value: string;
    path: string;
    httpOnly: boolean;
    sameSite: 'lax';
    secure: boolean;
    domain: null;
    expires: Date;
  }): Promise<void>;
  delete(init: { name: string; path: string }): Promise<void>;
}

export interface SessionCookies {
  store: CookieJar;
  secure: boolean;
}

export function hashToken(token: string): string {
  return sha256Hex(token);
}

function idleLimit(env: Env): number {
  return env.SESSION_IDLE_MINUTES * 60_000;
}

/** Starts a session, sets its cookie and returns the new viewer; the token lives only in the cookie. */
export async function startSession(
  prisma: PrismaClient,
  env: Env,
  cookies: SessionCookies,
  userId: string,
  userAgent: string | null,
): Promise<Viewer> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + env.SESSION_ABSOLUTE_DAYS * 86_400_000);
  const session = await prisma.session.create({
    data: { tokenHash: hashToken(token), userId, expiresAt, userAgent },
    include: sessionInclude,
  });
  await cookies.store.set({
    name: SESSION_COOKIE,
    value: token,
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: cookies.secure,
    domain: null,
    expires: expiresAt,
  });
  return toViewer(session);
}

export async function endSession(prisma: PrismaClient, cookies: SessionCookies, sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } });
  await cookies.store.delete({ name: SESSION_COOKIE, path: '/' });
}

/** The signed-in user of a request, or null; expired sessions are removed on sight. */
export async function readViewer(
  prisma: PrismaClient,
  env: Env,
  cookies: SessionCookies,
): Promise<Viewer | null> {
  const token = (await cookies.store.get(SESSION_COOKIE))?.value;
  if (!token) return null;
  const now = Date.now();
  const [session] = await prisma.$queryRaw<SessionRow[]>(
    sessionLookup(hashToken(token), now, idleLimit(env)),
  );
  if (!session) return null;
  const idleExpired = now - session.lastSeenAt.getTime() > idleLimit(env);
  if (idleExpired || session.expiresAt.getTime() <= now || session.disabledAt) {
    await prisma.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  const { id, userId, personId, role, name, email, locale, organisationId, coordinatorOf } = session;
  return {
    userId,
    personId,
    sessionId: id,
    role,
    name,
    email,
    locale,
    organisationId,
    coordinatorOf: new Set(coordinatorOf),
  };
}

interface SessionRow {
  id: string;
  lastSeenAt: Date;
  expiresAt: Date;
  disabledAt: Date | null;
  userId: string;
  personId: string;
  role: Role;
  name: string;
  email: string;
  locale: string;
  organisationId: string | null;
  coordinatorOf: string[];
}

// Every signed-in request pays for this, so it is one statement: the session with its user, person
// and coordinated partnerships, and the once-a-minute touch of a still-valid session folded in as
// a data-modifying CTE (it runs whether or not the outer query reads it). It starts with WITH, so
// prisma/src/statement-names.ts names it and PostgreSQL prepares it once per connection: planning
// it took longer than running it.
function sessionLookup(tokenHash: string, now: number, idleMs: number) {
  const at = new Date(now);
  return Prisma.sql`
    WITH s AS (
      SELECT s.id::text, s."lastSeenAt", s."expiresAt", u."disabledAt", u.id::text AS "userId",
        u."personId"::text, u.role::text AS role, p.name, u.email, u.locale, p."organisationId"::text,
        ARRAY(SELECT c."partnershipId"::text FROM "PartnershipCoordinator" c WHERE c."userId" = u.id)
          AS "coordinatorOf"
      FROM "Session" s JOIN "User" u ON u.id = s."userId" JOIN "Person" p ON p.id = u."personId"
      WHERE s."tokenHash" = ${tokenHash}),
    touched AS (
      UPDATE "Session" t SET "lastSeenAt" = ${at} FROM s
      WHERE t.id = s.id::uuid AND s."disabledAt" IS NULL AND s."expiresAt" > ${at}
        AND s."lastSeenAt" < ${new Date(now - TOUCH_AFTER_MS)} AND s."lastSeenAt" >= ${new Date(now - idleMs)})
    SELECT * FROM s`;
}

const sessionInclude = {
  user: { include: { person: true, coordinates: { select: { partnershipId: true } } } },
} as const;

type SessionWithUser = Prisma.SessionGetPayload<{ include: typeof sessionInclude }>;

function toViewer({ id, user }: SessionWithUser): Viewer {
  return {
    userId: user.id,
    personId: user.personId,
    sessionId: id,
    role: user.role,
    name: user.person.name,
    email: user.email,
    locale: user.locale,
    organisationId: user.person.organisationId,
    coordinatorOf: new Set(user.coordinates.map((c) => c.partnershipId)),
  };
}
