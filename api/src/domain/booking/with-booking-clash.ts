import type { Context } from '../../context.ts';
import { BookingClashError } from './booking-errors.ts';

export interface Slot {
  resourceId: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Runs a write that may confirm a booking and maps the database's refusal to a clash error: the
 * one place where the EXCLUDE constraint "Booking_no_overlap" (SQLSTATE 23P01) becomes
 * BookingClashError. The check before the insert gives the same error without a round trip; this
 * catches what that check cannot see, a concurrent booking committed in between.
 */
export async function withBookingClash<T>(ctx: Context, slot: Slot, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isOverlapViolation(error)) throw error;
    // The transaction has ended: read the clashing booking outside it.
    const clash = await findClash(ctx.prisma, slot);
    throw new BookingClashError(clash?.startsAt ?? slot.startsAt, clash?.endsAt ?? slot.endsAt);
  }
}

type BookingReader = Pick<Context['prisma'], 'booking'>;

/** The earliest confirmed booking overlapping the slot ('[)': touching ends do not clash). */
export function findClash(db: BookingReader, slot: Slot, exceptId?: string) {
  return db.booking.findFirst({
    where: {
      resourceId: slot.resourceId,
      status: 'CONFIRMED',
      startsAt: { lt: slot.endsAt },
      endsAt: { gt: slot.startsAt },
      ...(exceptId ? { id: { not: exceptId } } : {}),
    },
    orderBy: { startsAt: 'asc' },
    select: { startsAt: true, endsAt: true },
  });
}

// Prisma reports the driver's error in different shapes (code, meta, cause, message) depending on
// the adapter (pg or PGlite); look through all of them for the SQLSTATE or the constraint's name.
function isOverlapViolation(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as Record<string, unknown>;
  const text = [e.code, e.originalCode, e.constraint, e.message, e.originalMessage]
    .filter((v) => typeof v === 'string')
    .join(' ');
  if (/23P01|Booking_no_overlap/.test(text)) return true;
  return [e.meta, e.cause, (e.meta as Record<string, unknown> | undefined)?.driverAdapterError].some((v) =>
    isOverlapViolation(v, depth + 1),
  );
}
