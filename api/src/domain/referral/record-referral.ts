import type { Referral } from '@naboskab/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { type Context, coordinates } from '../../context.ts';
import { fieldIssue } from '../../errors.ts';
import { currentGuideshipWhere } from './access.ts';
import type { RecordReferralInput } from './inputs.ts';
import { notifyGuide } from './notify-guide.ts';

/**
 * Records a referral for a guide of the partnership (the viewer, or another guide the viewer
 * hands it to), with its first history row, in one transaction. The consent is recorded by the
 * viewer. The guide who did not record it themselves is told, without case details.
 */
export async function recordReferral(
  ctx: Context,
  partnershipId: string,
  input: RecordReferralInput & { guideUserId: string; areaId: string | null },
): Promise<Referral> {
  const viewerId = ctx.viewer?.userId ?? null;
  const { guideUserId, areaId, ...fields } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const guide = await tx.partnershipGuide.findFirst({
      where: { partnershipId, ...currentGuideshipWhere(guideUserId) },
      select: { user: { select: { email: true, locale: true } } },
    });
    // Handing a referral to another guide is for the partnership's coordinators.
    if (!guide || (guideUserId !== viewerId && !coordinates(ctx, partnershipId))) {
      throw fieldIssue(['input', 'guideId'], 'referral.notGuide');
    }
    if (areaId && !(await tx.partnershipArea.count({ where: { partnershipId, areaId } }))) {
      throw fieldIssue(['input', 'areaId'], 'referral.placeNotInPartnership');
    }
    const referral = await tx.referral.create({
      data: {
        ...fields,
        whatMatters: fields.whatMatters || null,
        phone: fields.phone ?? null,
        email: fields.email ?? null,
        preferredChannel: fields.preferredChannel ?? null,
        partnershipId,
        guideUserId,
        areaId,
        consentRecordedById: viewerId,
      },
    });
    await tx.referralStateChange.create({
      data: { referralId: referral.id, toState: 'REQUESTED', at: referral.referredAt, byUserId: viewerId },
    });
    if (guideUserId !== viewerId) await notifyGuide(tx, guide.user, encodeGlobalID('Referral', referral.id));
    return referral;
  });
}
