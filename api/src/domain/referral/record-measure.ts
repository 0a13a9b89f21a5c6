import type { ReferralMeasure, ReferralState } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { ConflictError } from '../../errors.ts';
import type { MeasureInput } from './inputs.ts';
import { lockUnchanged } from './move-referral.ts';
import { findWorkableReferral } from './transition-referral.ts';

// When each measure may be taken: the baseline at the first conversation (or until connected),
// the end and the 3-month measures once the citizen takes part.
const WHEN: Record<MeasureInput['phase'], readonly ReferralState[]> = {
  BASELINE: ['IN_PROGRESS', 'CONNECTED'],
  END: ['ATTENDING', 'FOLLOW_UP'],
  FOLLOW_UP: ['FOLLOW_UP'],
};

/** Records (or corrects) one measure of an open referral whose citizen consented to measures. */
export async function recordMeasure(
  ctx: Context,
  referralId: string,
  input: MeasureInput,
): Promise<ReferralMeasure> {
  return ctx.prisma.$transaction(async (tx) => {
    const referral = await findWorkableReferral(ctx, tx, referralId);
    if (!referral.consentScopes.includes('MEASURES')) throw new ConflictError('referral.noMeasureConsent');
    if (!WHEN[input.phase].includes(referral.state)) {
      throw new ConflictError('referral.measureNotNow', { state: referral.state });
    }
    const values = { tils: input.tils, ons: input.ons, who5: input.who5 };
    const recordedById = ctx.viewer?.userId ?? null;
    // The state is locked for the write: a referral closed meanwhile has had its measures folded.
    await lockUnchanged(tx, referral);
    return tx.referralMeasure.upsert({
      where: { referralId_phase: { referralId: referral.id, phase: input.phase } },
      create: { referralId: referral.id, phase: input.phase, recordedById, ...values },
      update: { ...values, recordedById, recordedAt: new Date() },
    });
  });
}
