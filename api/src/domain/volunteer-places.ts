import type { Prisma, PrismaClient } from '@naboskab/db';
import type { Context } from '../context.ts';
import { ConflictError } from '../errors.ts';
import { lockRow } from './lock-row.ts';
import { onWaitlistPromoted } from './on-waitlist-promoted.ts';

// An opportunity's places: at most `volunteersNeeded` sign-ups are APPROVED at once, and
// further sign-ups wait in line (WAITLISTED, oldest first). Every change to who holds a place
// locks the opportunity's row first, so counting and changing cannot interleave.

type Tx = Prisma.TransactionClient;

/** Locks the opportunities' rows until the transaction ends, in id order so two never deadlock. */
export async function lockOpportunities(tx: Tx, opportunityIds: string[]): Promise<void> {
  for (const id of [...new Set(opportunityIds)].sort()) {
    await lockRow(tx, 'VolunteerOpportunity', id);
  }
}

async function places(tx: Tx, opportunityId: string) {
  const [opportunity, approved] = await Promise.all([
    tx.volunteerOpportunity.findUniqueOrThrow({
      where: { id: opportunityId },
      select: { volunteersNeeded: true },
    }),
    tx.volunteerSignUp.count({ where: { opportunityId, status: 'APPROVED' } }),
  ]);
  return { capacity: opportunity.volunteersNeeded, approved };
}

/** Whether a new sign-up must wait: the approved ones fill every place. Call with the row locked. */
export async function isFull(tx: Tx, opportunityId: string): Promise<boolean> {
  const { capacity, approved } = await places(tx, opportunityId);
  return approved >= capacity;
}

/** Refuses approving `asked` more than the places left. Call with the row locked. */
export async function ensurePlaces(tx: Tx, opportunityId: string, asked: number): Promise<void> {
  const { capacity, approved } = await places(tx, opportunityId);
  if (approved + asked > capacity) {
    throw new ConflictError('volunteer.opportunityFull', { asked, capacity, approved });
  }
}

const waitlistOrder = [{ createdAt: 'asc' }, { id: 'asc' }] as const;

/** Gives free places to the first in line. Call with the row locked, after a place was freed. */
export async function promoteFromWaitlist(
  tx: Tx,
  ctx: Context,
  opportunityId: string,
  partnershipId: string,
): Promise<void> {
  const { capacity, approved } = await places(tx, opportunityId);
  if (approved >= capacity) return;
  const next = await tx.volunteerSignUp.findMany({
    where: { opportunityId, status: 'WAITLISTED' },
    orderBy: [...waitlistOrder],
    take: capacity - approved,
    select: { id: true },
  });
  for (const { id } of next) {
    await tx.volunteerSignUp.update({ where: { id }, data: { status: 'APPROVED', decidedAt: new Date() } });
    await onWaitlistPromoted(tx, ctx, { signUpId: id, partnershipId });
  }
}

/** 1 for the first in line; null for a sign-up that is not waiting. */
export async function waitlistPosition(
  prisma: PrismaClient,
  signUp: { id: string; opportunityId: string; status: string; createdAt: Date },
): Promise<number | null> {
  if (signUp.status !== 'WAITLISTED') return null;
  const ahead = await prisma.volunteerSignUp.count({
    where: {
      opportunityId: signUp.opportunityId,
      status: 'WAITLISTED',
      OR: [{ createdAt: { lt: signUp.createdAt } }, { createdAt: signUp.createdAt, id: { lt: signUp.id } }],
    },
  });
  return ahead + 1;
}
