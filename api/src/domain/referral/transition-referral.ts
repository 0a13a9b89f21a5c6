import type { Referral, ReferralCloseReason, ReferralState } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { readableReferralWhere } from './access.ts';
import { moveReferral, type Tx } from './move-referral.ts';
import { PLACE_MEMBER_ROLE } from './states.ts';

/** Loads a referral the viewer may work on, inside the transaction; NotFound otherwise. */
export async function findWorkableReferral(ctx: Context, tx: Tx, referralId: string): Promise<Referral> {
  const referral = await tx.referral.findFirst({
    where: { AND: [{ id: referralId }, await readableReferralWhere(ctx)] },
  });
  if (!referral) throw new NotFoundError();
  if (referral.personalDataDeletedAt) throw new ConflictError('referral.erased');
  return referral;
}

/**
 * The guide moves a referral on. CONNECTED needs a place and a host (connectReferral) unless it is
 * resumed from a pause; closing needs a reason; "no matching activity" marks unmet need.
 */
export async function transitionReferral(
  ctx: Context,
  referralId: string,
  input: {
    from: ReferralState;
    to: ReferralState;
    closeReason?: ReferralCloseReason;
    noMatchingActivity?: boolean | null;
  },
): Promise<Referral> {
  return ctx.prisma.$transaction(async (tx) => {
    const referral = await findWorkableReferral(ctx, tx, referralId);
    if (referral.state !== input.from) throw new ConflictError('referral.changedMeanwhile');
    if (input.to === 'CONNECTED' && referral.state !== 'ON_HOLD') {
      throw new ConflictError('referral.placeRequired');
    }
    const unmet = input.noMatchingActivity || input.closeReason === 'NO_MATCHING_ACTIVITY';
    await moveReferral(tx, referral, {
      to: input.to,
      byUserId: ctx.viewer?.userId ?? null,
      data: {
        ...(input.to === 'CLOSED' ? { closeReason: input.closeReason ?? null } : {}),
        ...(unmet && !referral.noMatchingActivityAt ? { noMatchingActivityAt: new Date() } : {}),
      },
    });
    return tx.referral.findUniqueOrThrow({ where: { id: referral.id } });
  });
}

/**
 * The guide and the citizen have chosen a place (an activity and/or a voluntary association of the
 * partnership) and the host who welcomes them there. From IN_PROGRESS this moves to CONNECTED;
 * while CONNECTED it changes the place or host (the host's earlier links stop working).
 */
export async function connectReferral(
  ctx: Context,
  referralId: string,
  input: {
    activityId: string | null;
    organisationId: string | null;
    hostName: string;
    hostPhone?: string;
    hostEmail?: string;
  },
): Promise<Referral> {
  return ctx.prisma.$transaction(async (tx) => {
    const referral = await findWorkableReferral(ctx, tx, referralId);
    const partnershipId = referral.partnershipId;
    const [activity, member] = await Promise.all([
      input.activityId ? tx.activity.count({ where: { id: input.activityId, partnershipId } }) : 1,
      input.organisationId
        ? tx.partnershipMember.findFirst({
            where: { organisationId: input.organisationId, partnershipId },
            select: { role: true },
          })
        : { role: PLACE_MEMBER_ROLE },
    ]);
    if (!activity || !member) throw new ConflictError('referral.placeNotInPartnership');
    if (member.role !== PLACE_MEMBER_ROLE) throw new ConflictError('referral.placeNotAssociation');
    const data = {
      activityId: input.activityId,
      organisationId: input.organisationId,
      hostName: input.hostName,
      hostPhone: input.hostPhone ?? null,
      hostEmail: input.hostEmail ?? null,
    };
    if (referral.state === 'CONNECTED') {
      const { count } = await tx.referral.updateMany({
        where: { id: referral.id, state: 'CONNECTED', stateChangedAt: referral.stateChangedAt },
        data,
      });
      if (count === 0) throw new ConflictError('referral.changedMeanwhile');
      await tx.hostLink.updateMany({
        where: { referralId: referral.id, usedAt: null, revokedAt: null },
        data: { revokedAt: new Date() },
      });
    } else {
      await moveReferral(tx, referral, { to: 'CONNECTED', byUserId: ctx.viewer?.userId ?? null, data });
    }
    return tx.referral.findUniqueOrThrow({ where: { id: referral.id } });
  });
}
