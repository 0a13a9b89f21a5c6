import type { Prisma } from '@naboskab/db';
import type { Context } from '../context.ts';
import { InputValidationError, NotAllowedError, NotFoundError } from '../errors.ts';
import { notifyShiftVolunteers } from '../notifications/events/shift.ts';
import { audit } from './audit.ts';
import { shiftsOutside } from './shift-period.ts';

// Coordinators add, move and cancel shifts. A shift that is cancelled or has begun is settled:
// every change is conditional on it being neither, so a move that races a cancel either lands
// before it or is refused, and of two cancels only one happens (and tells the volunteers).

export interface ShiftPeriod {
  startsAt: Date;
  endsAt: Date;
}

const activityOf = {
  opportunity: { select: { activity: { select: { partnershipId: true, startsOn: true, endsOn: true } } } },
} as const;

/** Still open to change: not cancelled, not begun. */
const open = () => ({ cancelledAt: null, startsAt: { gt: new Date() } });

/** A new time lies in the activity's period and in the future (volunteers cannot go back). */
function checkPeriod(period: ShiftPeriod, activity: { startsOn: Date | null; endsOn: Date | null }) {
  const issues = shiftsOutside([period], activity, () => ['input']);
  if (period.startsAt <= new Date())
    issues.push({ path: ['input', 'startsAt'], message: 'volunteer.shiftPast' });
  if (issues.length) throw new InputValidationError(issues);
}

/** Why a shift (as last read) cannot change. */
function refusal(shift: { cancelledAt: Date | null } | null) {
  if (!shift) return new NotFoundError();
  return new NotAllowedError(shift.cancelledAt ? 'volunteer.shiftCancelled' : 'volunteer.shiftStarted');
}

async function openShift(tx: Prisma.TransactionClient, shiftId: string) {
  const shift = await tx.shift.findUnique({ where: { id: shiftId }, include: activityOf });
  if (!shift || shift.cancelledAt || shift.startsAt <= new Date()) throw refusal(shift);
  return shift;
}

export function addShift(ctx: Context, opportunityId: string, period: ShiftPeriod) {
  return ctx.prisma.$transaction(async (tx) => {
    const opportunity = await tx.volunteerOpportunity.findUnique({
      where: { id: opportunityId },
      select: activityOf.opportunity.select,
    });
    if (!opportunity) throw new NotFoundError();
    checkPeriod(period, opportunity.activity);
    const shift = await tx.shift.create({ data: { opportunityId, ...period } });
    await audit(tx, ctx, {
      action: 'shift.add',
      entityType: 'Shift',
      entityId: shift.id,
      partnershipId: opportunity.activity.partnershipId,
      changes: { startsAt: [null, period.startsAt], endsAt: [null, period.endsAt] },
    });
    return shift.id;
  });
}

/**
 * Changes an open shift as `plan` says, raising SEQUENCE (calendars replace their copy), tells
 * its volunteers and audits it: all conditional on the shift still being open when written.
 */
function changeOpenShift(
  ctx: Context,
  shiftId: string,
  event: { kind: 'shift.moved' | 'shift.cancelled'; action: string },
  plan: (before: Awaited<ReturnType<typeof openShift>>) => {
    data: Prisma.ShiftUpdateManyMutationInput;
    changes: Record<string, [unknown, unknown]>;
  },
) {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await openShift(tx, shiftId);
    const { data, changes } = plan(before);
    const updated = await tx.shift.updateMany({
      where: { id: shiftId, ...open() },
      data: { ...data, sequence: { increment: 1 } },
    });
    // Changed since it was read (a concurrent cancel or a clock that passed its start).
    if (updated.count === 0) throw refusal(await tx.shift.findUnique({ where: { id: shiftId } }));
    await notifyShiftVolunteers(tx, shiftId, event.kind);
    await audit(tx, ctx, {
      action: event.action,
      entityType: 'Shift',
      entityId: shiftId,
      partnershipId: before.opportunity.activity.partnershipId,
      changes,
    });
  });
}

/** Moves a shift to a new time in the activity's period; its volunteers are told the new time. */
export function moveShift(ctx: Context, shiftId: string, period: ShiftPeriod) {
  return changeOpenShift(ctx, shiftId, { kind: 'shift.moved', action: 'shift.move' }, (before) => {
    checkPeriod(period, before.opportunity.activity);
    return {
      data: period,
      changes: { startsAt: [before.startsAt, period.startsAt], endsAt: [before.endsAt, period.endsAt] },
    };
  });
}

/** Cancels a shift (kept, so its volunteers see it as cancelled); they are told once. */
export function cancelShift(ctx: Context, shiftId: string) {
  return changeOpenShift(ctx, shiftId, { kind: 'shift.cancelled', action: 'shift.cancel' }, () => {
    const cancelledAt = new Date();
    return { data: { cancelledAt }, changes: { cancelledAt: [null, cancelledAt] } };
  });
}
