import type { Prisma, PrismaClient } from '@naboskab/db';
import type { GraphQLError } from 'graphql';
import { z } from 'zod';
import { type Context, coordinates, memberPartnershipIds } from '../context.ts';
import { badUserInput } from '../errors.ts';

// Access in one place: the one global-ID decoder, the one table from each model to the
// partnership that owns it (driving the coordinatorOf/memberOf scopes), and the viewer filters
// for lists. Everything here fails closed: what cannot be decoded or traced to a partnership is
// refused, never let through.

/** The one UUID pattern: 32 hex digits once braces and hyphens are taken off. */
const HEX32 = /^[0-9a-f]{32}$/;

/**
 * A UUID in its canonical form (lower case, 8-4-4-4-12), or null. PostgreSQL also accepts upper
 * case, braces and no hyphens; those are canonicalised here so no other spelling ever reaches a
 * scope, a cache or the database.
 */
export function canonicalUuid(raw: string): string | null {
  let value = raw.toLowerCase();
  if (value.startsWith('{') && value.endsWith('}')) value = value.slice(1, -1);
  if (value.length === 36 && [8, 13, 18, 23].every((i) => value[i] === '-')) {
    value = value.replaceAll('-', '');
  }
  if (!HEX32.test(value)) return null;
  return [
    value.slice(0, 8),
    value.slice(8, 12),
    value.slice(12, 16),
    value.slice(16, 20),
    value.slice(20),
  ].join('-');
}

export interface GlobalId {
  typename: string;
  /** A canonical UUID (a municipality's code for Municipality). */
  id: string;
}

/** Decodes a Relay global ID (base64 of `Type:uuid`); null when it is not one. */
export function decodeGlobalId(value: string): GlobalId | null {
  const text = Buffer.from(value, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (
    colon <= 0 ||
    Buffer.from(text, 'utf8').toString('base64').replace(/=+$/, '') !== value.replace(/=+$/, '')
  ) {
    return null;
  }
  const typename = text.slice(0, colon);
  const raw = text.slice(colon + 1);
  // Municipalities are keyed by their official four-digit code; every other row by a UUID.
  const id = typename === 'Municipality' ? (/^\d{4}$/.test(raw) ? raw : null) : canonicalUuid(raw);
  return id ? { typename, id } : null;
}

/** The typed failure for a malformed or wrong-typed id: BAD_USER_INPUT naming the field. */
export function invalidId(ctx: Pick<Context, 'locale'>, path: string | string[]): GraphQLError {
  const fieldPath = Array.isArray(path) ? path : path.split('.');
  return badUserInput(ctx.locale, [{ path: fieldPath, message: 'id.invalid' }]);
}

/** A global ID as resolvers see it: decoded by the Relay plugin (through decodeGlobalId) or raw. */
export type IdArg = GlobalId | { typename: string; id: string | number } | string | null | undefined;

/**
 * The canonical UUID of a `typename` row behind an id argument, or BAD_USER_INPUT naming `path`.
 * Input fields declared with `t.globalID` arrive decoded already; plain strings are decoded here.
 */
export function idOf(ctx: Pick<Context, 'locale'>, value: IdArg, typename: string, path: string): string {
  const decoded =
    typeof value === 'string'
      ? decodeGlobalId(value)
      : value
        ? { typename: value.typename, id: canonicalUuid(String(value.id)) }
        : null;
  if (!decoded?.id || decoded.typename !== typename) throw invalidId(ctx, path);
  return decoded.id;
}

/**
 * The same decoder for ids inside an input parsed with zod (plain `t.id` fields): a malformed or
 * wrong-typed id is a ValidationError on that field ('id.invalid').
 */
export const globalIdField = (typename: string) =>
  z.string().transform((value, issue) => {
    const decoded = decodeGlobalId(value);
    if (decoded?.typename !== typename) {
      issue.addIssue({ code: 'custom', message: 'id.invalid' });
      return z.NEVER;
    }
    return decoded.id;
  });

export function optionalIdOf(ctx: Pick<Context, 'locale'>, value: IdArg, typename: string, path: string) {
  return value ? idOf(ctx, value, typename, path) : null;
}

type Db = PrismaClient | Prisma.TransactionClient;
type Owned = { id: string; partnershipId: string }[];
const inIds = (ids: string[]) => ({ where: { id: { in: ids } } });
const viaMeeting = { id: true, meeting: { select: { partnershipId: true } } } as const;
const viaActivity = { id: true, activity: { select: { partnershipId: true } } } as const;
const viaOpportunity = {
  id: true,
  opportunity: { select: { activity: { select: { partnershipId: true } } } },
};
const flat = <Row extends { id: string }>(rows: Row[], owner: (row: Row) => string): Owned =>
  rows.map((row) => ({ id: row.id, partnershipId: owner(row) }));
const own = { id: true, partnershipId: true } as const;

/** The one table from each model to the partnership that owns its rows. */
const owners = {
  Partnership: (db: Db, ids: string[]) =>
    db.partnership.findMany({ ...inIds(ids), select: { id: true } }).then((r) => flat(r, (row) => row.id)),
  PartnershipMember: (db: Db, ids: string[]) => db.partnershipMember.findMany({ ...inIds(ids), select: own }),
  SignOnFee: (db: Db, ids: string[]) => db.signOnFee.findMany({ ...inIds(ids), select: own }),
  OutcomeReport: (db: Db, ids: string[]) => db.outcomeReport.findMany({ ...inIds(ids), select: own }),
  Meeting: (db: Db, ids: string[]) => db.meeting.findMany({ ...inIds(ids), select: own }),
  AgendaItem: (db: Db, ids: string[]) =>
    db.agendaItem
      .findMany({ ...inIds(ids), select: viaMeeting })
      .then((r) => flat(r, (row) => row.meeting.partnershipId)),
  Attendance: (db: Db, ids: string[]) =>
    db.attendance
      .findMany({ ...inIds(ids), select: viaMeeting })
      .then((r) => flat(r, (row) => row.meeting.partnershipId)),
  Decision: (db: Db, ids: string[]) =>
    db.decision
      .findMany({ ...inIds(ids), select: viaMeeting })
      .then((r) => flat(r, (row) => row.meeting.partnershipId)),
  ActionItem: (db: Db, ids: string[]) =>
    db.actionItem
      .findMany({ ...inIds(ids), select: viaMeeting })
      .then((r) => flat(r, (row) => row.meeting.partnershipId)),
  Resource: (db: Db, ids: string[]) => db.resource.findMany({ ...inIds(ids), select: own }),
  Booking: (db: Db, ids: string[]) =>
    db.booking
      .findMany({ ...inIds(ids), select: { id: true, resource: { select: { partnershipId: true } } } })
      .then((r) => flat(r, (row) => row.resource.partnershipId)),
  Activity: (db: Db, ids: string[]) => db.activity.findMany({ ...inIds(ids), select: own }),
  VolunteerOpportunity: (db: Db, ids: string[]) =>
    db.volunteerOpportunity
      .findMany({ ...inIds(ids), select: viaActivity })
      .then((r) => flat(r, (row) => row.activity.partnershipId)),
  Shift: (db: Db, ids: string[]) =>
    db.shift
      .findMany({ ...inIds(ids), select: viaOpportunity })
      .then((r) => flat(r, (row) => row.opportunity.activity.partnershipId)),
  VolunteerSignUp: (db: Db, ids: string[]) =>
    db.volunteerSignUp
      .findMany({ ...inIds(ids), select: viaOpportunity })
      .then((r) => flat(r, (row) => row.opportunity.activity.partnershipId)),
  Referral: (db: Db, ids: string[]) => db.referral.findMany({ ...inIds(ids), select: own }),
  VolunteerHours: (db: Db, ids: string[]) =>
    db.volunteerHours
      .findMany({ ...inIds(ids), select: viaActivity })
      .then((r) => flat(r, (row) => row.activity.partnershipId)),
} satisfies Record<string, (db: Db, ids: string[]) => Promise<Owned>>;

export type OwnedType = keyof typeof owners;

/** The partnerships owning these rows, or null when any row is missing (so callers refuse). */
export async function partnershipsOf(db: Db, typename: OwnedType, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return null;
  const rows = await owners[typename](db, unique);
  if (rows.length !== unique.length) return null;
  return [...new Set(rows.map((row) => row.partnershipId))];
}

export type PartnershipScope = 'coordinatorOf' | 'memberOf';

/** Whether the viewer holds `scope` for a partnership: the same rule as the builder's scopes. */
export async function holds(ctx: Context, scope: PartnershipScope, partnershipId: string): Promise<boolean> {
  if (coordinates(ctx, partnershipId)) return true;
  return scope === 'memberOf' && (await memberPartnershipIds(ctx)).has(partnershipId);
}

/**
 * `authScopes` for acting on rows by id (one id argument, or a list): `scope` of the partnership
 * that owns them (of each, when several). A malformed id is BAD_USER_INPUT naming `path`; rows
 * that are missing belong to no partnership and are refused (fail closed).
 */
export async function ownerScope(
  ctx: Context,
  scope: PartnershipScope,
  typename: OwnedType,
  value: IdArg | readonly IdArg[],
  path: string,
): Promise<{ coordinatorOf: string } | { memberOf: string } | boolean> {
  const values = Array.isArray(value) ? value : [value as IdArg];
  const ids = values.map((item) => idOf(ctx, item, typename, path));
  // An empty selection acts on nothing: coordinators pass so the resolver can say what is missing.
  if (ids.length === 0)
    return scope === 'coordinatorOf' && (ctx.viewer?.role === 'COORDINATOR' || ctx.viewer?.role === 'ADMIN');
  const partnerships = await partnershipsOf(ctx.prisma, typename, ids);
  // Missing rows: refused, except for administrators (who hold every partnership), so they learn
  // from the resolver that the row is not there.
  if (!partnerships) return ctx.viewer?.role === 'ADMIN';
  const [only] = partnerships;
  if (partnerships.length === 1 && only) {
    return scope === 'coordinatorOf' ? { coordinatorOf: only } : { memberOf: only };
  }
  const held = await Promise.all(partnerships.map((id) => holds(ctx, scope, id)));
  return held.every(Boolean);
}
