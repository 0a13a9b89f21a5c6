import type { Prisma } from '@naboskab/db';
import { type Context, memberPartnershipIds } from '../context.ts';
import type { PartnershipScope } from './partnership-access.ts';

// Lists filter by viewer inside the Prisma `where`, so forbidden rows never load. Each filter
// mirrors a scope above.

/**
 * The partnerships the viewer holds `scope` for, as a Prisma filter; null for an administrator,
 * who holds every one (callers leave the condition out rather than put an empty `{}` in an OR).
 */
export function heldPartnershipsWhere(
  ctx: Context,
  scope: PartnershipScope,
): Prisma.PartnershipWhereInput | null {
  const viewer = ctx.viewer;
  if (viewer?.role === 'ADMIN') return null;
  const or: Prisma.PartnershipWhereInput[] = [];
  if (viewer?.role === 'COORDINATOR') or.push({ id: { in: [...viewer.coordinatorOf] } });
  if (scope === 'memberOf' && viewer?.organisationId && viewer.role !== 'MINISTRY') {
    or.push({ members: { some: { organisationId: viewer.organisationId } } });
  }
  return or.length ? { OR: or } : { id: { in: [] } };
}

/** Meetings the viewer may see: those of partnerships they are a member of (memberOf). */
export function visibleMeetingWhere(ctx: Context): Prisma.MeetingWhereInput {
  const held = heldPartnershipsWhere(ctx, 'memberOf');
  return held ? { partnership: held } : {};
}

/**
 * The record of a meeting (minutes, decisions, this meeting's and earlier meetings' open action
 * items): coordinators always; members once the meeting is CLOSED. Others get null instead of an
 * error, so one query serves both.
 */
export const recordAccess = {
  nullable: true,
  authScopes: (meeting: { partnershipId: string; status: string }) =>
    meeting.status === 'CLOSED'
      ? { memberOf: meeting.partnershipId }
      : { coordinatorOf: meeting.partnershipId },
  unauthorizedResolver: () => null,
} as const;

/**
 * Why and for whom a resource is booked (purpose: free text that may name people; who asked; the
 * partnership it is for, which often points to one coordinator): the requester and the resource's
 * owners (coordinators of its partnership, who decide; admins). Everyone else who may see the
 * resource sees the times and status, and null here. Each field selects `bookingPartiesSelect`.
 */
export const bookingDetailsAccess = {
  nullable: true,
  authScopes: (
    booking: { requestedById: string; resource: { partnershipId: string } },
    _args: unknown,
    ctx: Context,
  ) => ctx.viewer?.userId === booking.requestedById || { coordinatorOf: booking.resource.partnershipId },
  unauthorizedResolver: () => null,
} as const;

/** What bookingDetailsAccess reads of a booking. */
export const bookingPartiesSelect = {
  requestedById: true,
  resource: { select: { partnershipId: true } },
} as const;

/** Opportunities the viewer may see: published ones of published activities, and their own partnerships'. */
export function visibleOpportunityWhere(ctx: Context): Prisma.VolunteerOpportunityWhereInput {
  const held = heldPartnershipsWhere(ctx, 'coordinatorOf');
  if (!held) return {};
  return { OR: [{ published: true, activity: { published: true } }, { activity: { partnership: held } }] };
}

/**
 * The resources the viewer may see. PARTNERSHIP: members of the resource's partnership. AREA: also
 * members of any partnership in the resource's area. SIGNED_IN: anyone signed in. Volunteers see
 * only SIGNED_IN resources (and may book none); the ministry sees none (bookings are about people
 * and their plans).
 */
export async function visibleResourceWhere(ctx: Context): Promise<Prisma.ResourceWhereInput> {
  const viewer = ctx.viewer;
  if (!viewer || viewer.role === 'MINISTRY') return { id: { in: [] } };
  if (viewer.role === 'ADMIN') return {};
  if (viewer.role === 'VOLUNTEER') return { audience: 'SIGNED_IN' };
  const member = [...new Set([...viewer.coordinatorOf, ...(await memberPartnershipIds(ctx))])];
  return {
    OR: [
      { audience: 'SIGNED_IN' },
      { partnershipId: { in: member } },
      { audience: 'AREA', area: { partnerships: { some: { partnershipId: { in: member } } } } },
    ],
  };
}

// node(id:) answers null, not an error, for a row the viewer may not see: each node type loads
// through one of these filters, which mirror the type's authScopes.
const nothing = { id: { in: [] as string[] } };

export const signedInWhere = (ctx: Context) => (ctx.viewer ? {} : nothing);
export const adminWhere = (ctx: Context) => (ctx.viewer?.role === 'ADMIN' ? {} : nothing);

/** Published activities, and every activity of the partnerships the viewer coordinates. */
export function visibleActivityWhere(ctx: Context): Prisma.ActivityWhereInput {
  const held = heldPartnershipsWhere(ctx, 'coordinatorOf');
  return held ? { OR: [{ published: true }, { partnership: held }] } : {};
}

/** Sign-ups and hours: the volunteer's own, and those of partnerships the viewer coordinates. */
export function ownOrCoordinatedWhere(ctx: Context, via: 'opportunity' | 'activity') {
  const held = heldPartnershipsWhere(ctx, 'coordinatorOf');
  if (!held) return {};
  const partnership =
    via === 'activity'
      ? { activity: { partnership: held } }
      : { opportunity: { activity: { partnership: held } } };
  return { OR: [...(ctx.viewer ? [{ personId: ctx.viewer.personId }] : []), partnership] };
}

/** Outcome reports: the partnership's members, and the ministry (it funds them). */
export function visibleOutcomeReportWhere(ctx: Context): Prisma.OutcomeReportWhereInput {
  if (ctx.viewer?.role === 'MINISTRY') return {};
  const held = heldPartnershipsWhere(ctx, 'memberOf');
  return held ? { partnership: held } : {};
}

/** Audit entries: a partnership's coordinators; entries about no partnership, admins only. */
export function visibleAuditEntryWhere(ctx: Context): Prisma.AuditEntryWhereInput {
  const held = heldPartnershipsWhere(ctx, 'coordinatorOf');
  return held ? { partnership: held } : {};
}

type Finder = { findMany(args: object): Promise<{ id: string }[]> };
const signedIn = (model: string) => ({ model, where: signedInWhere });

/** Each node type's model and filter (Area, Municipality: public; Resource, Booking: their own findUnique). */
const nodeVisibility: Record<string, { model: string; where: (ctx: Context) => object }> = {
  Partnership: signedIn('partnership'),
  PartnershipMember: signedIn('partnershipMember'),
  SignOnFee: signedIn('signOnFee'),
  Organisation: signedIn('organisation'),
  FundingPool: signedIn('fundingPool'),
  FundingRound: signedIn('fundingRound'),
  Grant: signedIn('grant'),
  User: { model: 'user', where: adminWhere },
  AuditEntry: { model: 'auditEntry', where: visibleAuditEntryWhere },
  OutcomeReport: { model: 'outcomeReport', where: visibleOutcomeReportWhere },
  Meeting: { model: 'meeting', where: visibleMeetingWhere },
  Activity: { model: 'activity', where: visibleActivityWhere },
  VolunteerOpportunity: { model: 'volunteerOpportunity', where: visibleOpportunityWhere },
  Shift: { model: 'shift', where: (ctx) => ({ opportunity: visibleOpportunityWhere(ctx) }) },
  VolunteerSignUp: { model: 'volunteerSignUp', where: (ctx) => ownOrCoordinatedWhere(ctx, 'opportunity') },
  VolunteerHours: { model: 'volunteerHours', where: (ctx) => ownOrCoordinatedWhere(ctx, 'activity') },
};

/**
 * Which of these decoded ids node(id:)/nodes(ids:) may answer: one query per type, through the
 * filters above. (Not on the types' findUnique: Pothos would then reload every listed parent.)
 */
export async function visibleNodeIds(ctx: Context, ids: readonly { typename: string; id: string }[]) {
  const visible = new Set<string>();
  const byType = new Map<string, string[]>();
  for (const { typename, id } of ids) byType.set(typename, [...(byType.get(typename) ?? []), id]);
  await Promise.all(
    [...byType].map(async ([typename, group]) => {
      const rule = nodeVisibility[typename];
      const finder = rule && (ctx.prisma as unknown as Record<string, Finder>)[rule.model];
      const rows = finder
        ? await finder.findMany({
            where: { id: { in: group }, AND: [rule.where(ctx)] },
            select: { id: true },
          })
        : group.map((id) => ({ id }));
      for (const row of rows) visible.add(`${typename}:${row.id}`);
    }),
  );
  return visible;
}
