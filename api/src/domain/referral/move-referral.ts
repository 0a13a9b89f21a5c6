import type { Prisma, Referral, ReferralState } from '@naboskab/db';
import { ConflictError } from '../../errors.ts';
import { foldMeasures } from './fold-measures.ts';
import { FINAL_STATES, mayMove, STAMP } from './states.ts';

export type Tx = Prisma.TransactionClient;

export interface Move {
  to: ReferralState;
  byUserId: string | null;
  byHost?: boolean;
  /** Further columns written with the move (a close reason, the connection, …). */
  data?: Prisma.ReferralUpdateManyMutationInput & {
    activityId?: string | null;
    organisationId?: string | null;
  };
}

/**
 * Locks the referral's row for the rest of the transaction, if it is still in the state it was
 * read in: a write that depends on that state waits for, and is not lost to, one at the same time.
 */
export async function lockUnchanged(tx: Tx, referral: Referral): Promise<void> {
  const { count } = await tx.referral.updateMany({
    where: { id: referral.id, state: referral.state, stateChangedAt: referral.stateChangedAt },
    data: { stateChangedAt: referral.stateChangedAt },
  });
  if (count === 0) throw new ConflictError('referral.changedMeanwhile');
}

/**
 * Moves a referral from the state it was read in to `move.to`, if the state machine allows it.
 * The update is conditional on the state and its timestamp as read, so of two concurrent moves
 * from the same state one wins and the other is a conflict (no lost update, no A-B-A).
 * Entering a final state folds the measures into totals and revokes the host's links.
 */
export async function moveReferral(tx: Tx, referral: Referral, move: Move): Promise<void> {
  if (!mayMove(referral.state, move.to, referral.stateBeforeHold)) {
    throw new ConflictError('referral.transitionNotAllowed', { from: referral.state, to: move.to });
  }
  const now = new Date();
  const stamp = STAMP[move.to];
  const { count } = await tx.referral.updateMany({
    where: { id: referral.id, state: referral.state, stateChangedAt: referral.stateChangedAt },
    data: {
      ...move.data,
      state: move.to,
      stateChangedAt: now,
      stateBeforeHold: move.to === 'ON_HOLD' ? referral.state : null,
      ...(stamp && !referral[stamp] ? { [stamp]: now } : {}),
    },
  });
  if (count === 0) throw new ConflictError('referral.changedMeanwhile');
  await tx.referralStateChange.create({
    data: {
      referralId: referral.id,
      fromState: referral.state,
      toState: move.to,
      at: now,
      byUserId: move.byUserId,
      byHost: move.byHost ?? false,
    },
  });
  if (FINAL_STATES.includes(move.to)) {
    await foldMeasures(tx, referral);
    await tx.hostLink.updateMany({
      where: { referralId: referral.id, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
  }
}
