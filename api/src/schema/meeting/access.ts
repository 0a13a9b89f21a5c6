import type { Prisma } from '@naboskab/db';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Context } from '../../context.ts';
import { fieldIssue } from '../../errors.ts';

// Inputs carry Relay global IDs. Depending on the plugin order an argument arrives still encoded
// (a string) or decoded ({ typename, id }); both are accepted and the typename is checked.
type IdArg = string | { typename: string; id: string | number } | null | undefined;

export function tryRawId(value: IdArg, typename: string): string | null {
  if (!value) return null;
  try {
    const decoded = typeof value === 'string' ? decodeGlobalID(value) : value;
    return decoded.typename === typename ? String(decoded.id) : null;
  } catch {
    return null;
  }
}

/** The database id behind a global ID of `typename`; a wrong one is a ValidationError on `path`. */
export function rawId(value: IdArg, typename: string, path: string): string {
  if (!value) throw fieldIssue(['input', path], 'field.required');
  const id = tryRawId(value, typename);
  if (!id || !/^[0-9a-f-]{36}$/i.test(id)) throw fieldIssue(['input', path], 'id.invalid');
  return id;
}

export function optionalRawId(value: IdArg, typename: string, path: string): string | null {
  return value ? rawId(value, typename, path) : null;
}

const holders = {
  Meeting: (ctx: Context, id: string) =>
    ctx.prisma.meeting.findUnique({ where: { id }, select: { partnershipId: true } }),
  AgendaItem: (ctx: Context, id: string) =>
    ctx.prisma.agendaItem
      .findUnique({ where: { id }, select: { meeting: { select: { partnershipId: true } } } })
      .then((row) => row?.meeting ?? null),
  Attendance: (ctx: Context, id: string) =>
    ctx.prisma.attendance
      .findUnique({ where: { id }, select: { meeting: { select: { partnershipId: true } } } })
      .then((row) => row?.meeting ?? null),
  Decision: (ctx: Context, id: string) =>
    ctx.prisma.decision
      .findUnique({ where: { id }, select: { meeting: { select: { partnershipId: true } } } })
      .then((row) => row?.meeting ?? null),
  ActionItem: (ctx: Context, id: string) =>
    ctx.prisma.actionItem
      .findUnique({ where: { id }, select: { meeting: { select: { partnershipId: true } } } })
      .then((row) => row?.meeting ?? null),
  Partnership: (ctx: Context, id: string) =>
    ctx.prisma.partnership
      .findUnique({ where: { id }, select: { id: true } })
      .then((row) => (row ? { partnershipId: row.id } : null)),
} as const;

export type Holder = keyof typeof holders;

/**
 * Scopes for a mutation on the thing behind `value`: `scope` of its partnership. When the thing
 * does not exist (or the id is malformed) any signed-in viewer passes, so the resolver answers
 * NotFoundError / ValidationError instead of revealing whether it exists.
 */
export async function scopeOf(
  ctx: Context,
  typename: Holder,
  value: IdArg,
  scope: 'coordinatorOf' | 'memberOf',
) {
  const id = tryRawId(value, typename);
  const found = id && /^[0-9a-f-]{36}$/i.test(id) ? await holders[typename](ctx, id) : null;
  if (!found) return { signedIn: true };
  return { [scope]: found.partnershipId } as { coordinatorOf: string } | { memberOf: string };
}

/** Meetings the viewer may see, inside the Prisma `where` (mirrors the memberOf scope). */
export function visibleMeetingWhere(ctx: Context): Prisma.MeetingWhereInput {
  const viewer = ctx.viewer;
  if (!viewer || viewer.role === 'MINISTRY') return { id: { in: [] } };
  if (viewer.role === 'ADMIN') return {};
  const or: Prisma.PartnershipWhereInput[] = [];
  if (viewer.role === 'COORDINATOR') or.push({ id: { in: [...viewer.coordinatorOf] } });
  if (viewer.organisationId) or.push({ members: { some: { organisationId: viewer.organisationId } } });
  return or.length ? { partnership: { OR: or } } : { id: { in: [] } };
}

/**
 * The record of a meeting (minutes, decisions, action items): coordinators always; members once
 * the meeting is CLOSED. Others get null instead of an error, so one query serves both.
 */
export const recordAccess = {
  nullable: true,
  authScopes: (meeting: { partnershipId: string; status: string }) =>
    meeting.status === 'CLOSED'
      ? { memberOf: meeting.partnershipId }
      : { coordinatorOf: meeting.partnershipId },
  unauthorizedResolver: () => null,
} as const;
