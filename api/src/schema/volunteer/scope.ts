import type { Context } from '../../context.ts';
import { coordinates } from '../../context.ts';
import { NotFoundError } from '../../errors.ts';

// Shared by the volunteer schema modules: global-ID checks and the partnership behind a row,
// so `authScopes` can name the partnership a mutation acts on.

type GlobalId = { typename: string; id: string } | string | null | undefined;

/** The database id of a decoded global ID of `typename`; a wrong type counts as not found. */
export function idOf(value: GlobalId, typename: string): string {
  if (value && typeof value === 'object' && value.typename === typename) return value.id;
  throw new NotFoundError();
}

function maybeId(value: GlobalId, typename: string): string | null {
  return value && typeof value === 'object' && value.typename === typename ? value.id : null;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const validUuid = (id: string | null): id is string => id !== null && uuid.test(id);

/**
 * The scope for acting on rows of these partnerships: coordinator of each. When nothing was
 * found, any coordinator (or admin) may pass, so the resolver can answer NotFoundError.
 */
export function coordinatorScope(ctx: Context, partnershipIds: (string | null | undefined)[]) {
  const ids = [...new Set(partnershipIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return { coordinator: true, admin: true };
  if (ids.length === 1) return { coordinatorOf: ids[0] as string };
  return ids.every((id) => coordinates(ctx, id));
}

export async function partnershipOfPartnership(ctx: Context, value: GlobalId) {
  const id = maybeId(value, 'Partnership');
  if (!validUuid(id)) return null;
  const row = await ctx.prisma.partnership.findUnique({ where: { id }, select: { id: true } });
  return row?.id ?? null;
}

export async function partnershipOfActivity(ctx: Context, value: GlobalId) {
  const id = maybeId(value, 'Activity');
  if (!validUuid(id)) return null;
  const row = await ctx.prisma.activity.findUnique({ where: { id }, select: { partnershipId: true } });
  return row?.partnershipId ?? null;
}

export async function partnershipOfOpportunity(ctx: Context, value: GlobalId) {
  const id = maybeId(value, 'VolunteerOpportunity');
  if (!validUuid(id)) return null;
  const row = await ctx.prisma.volunteerOpportunity.findUnique({
    where: { id },
    select: { activity: { select: { partnershipId: true } } },
  });
  return row?.activity.partnershipId ?? null;
}

export async function partnershipsOfSignUps(ctx: Context, values: GlobalId[]) {
  const ids = values.map((v) => maybeId(v, 'VolunteerSignUp')).filter(validUuid);
  const rows = await ctx.prisma.volunteerSignUp.findMany({
    where: { id: { in: ids } },
    select: { opportunity: { select: { activity: { select: { partnershipId: true } } } } },
  });
  return rows.map((row) => row.opportunity.activity.partnershipId);
}

export async function partnershipsOfHours(ctx: Context, values: GlobalId[]) {
  const ids = values.map((v) => maybeId(v, 'VolunteerHours')).filter(validUuid);
  const rows = await ctx.prisma.volunteerHours.findMany({
    where: { id: { in: ids } },
    select: { activity: { select: { partnershipId: true } } },
  });
  return rows.map((row) => row.activity.partnershipId);
}
