import type { Prisma } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { moveReferral, type Tx } from './move-referral.ts';
import { FINAL_STATES } from './states.ts';
import { findWorkableReferral } from './transition-referral.ts';

/** Every column that identifies the citizen or the host, cleared on erasure and on retention. */
export const CLEARED_PERSONAL_DATA = {
  firstName: null,
  phone: null,
  email: null,
  preferredChannel: null,
  whatMatters: null,
  hostName: null,
  hostPhone: null,
  hostEmail: null,
} satisfies Prisma.ReferralUpdateManyMutationInput;

/** Clears personal data of closed referrals (measures were folded on closing) and their links. */
export async function clearPersonalData(tx: Tx, referralIds: string[], now = new Date()): Promise<void> {
  await tx.referral.updateMany({
    where: { id: { in: referralIds } },
    data: { ...CLEARED_PERSONAL_DATA, personalDataDeletedAt: now },
  });
  await tx.hostLink.deleteMany({ where: { referralId: { in: referralIds } } });
  await tx.referralMeasure.deleteMany({ where: { referralId: { in: referralIds } } });
}

/**
 * The citizen withdraws consent or asks to be erased: an open referral closes (measures fold into
 * totals), the withdrawal is dated, and the personal data goes at once. Codes, dates and states
 * stay, so the figures stay.
 */
export async function eraseReferral(ctx: Context, referralId: string): Promise<void> {
  await ctx.prisma.$transaction(async (tx) => {
    const referral = await findWorkableReferral(ctx, tx, referralId);
    if (!FINAL_STATES.includes(referral.state)) {
      await moveReferral(tx, referral, {
        to: referral.state === 'REQUESTED' || referral.state === 'ACCEPTED' ? 'DECLINED' : 'CLOSED',
        byUserId: ctx.viewer?.userId ?? null,
        data: { closeReason: 'CONSENT_WITHDRAWN' },
      });
    }
    await tx.referral.update({ where: { id: referral.id }, data: { consentWithdrawnAt: new Date() } });
    await clearPersonalData(tx, [referral.id]);
  });
}
