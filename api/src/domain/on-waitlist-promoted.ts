import type { Prisma } from '@naboskab/db';
import type { Context } from '../context.ts';
import { notifySignUpPromoted } from '../notifications/events/sign-up.ts';
import { audit } from './audit.ts';

/** A waiting volunteer got a place: recorded in the audit, and they are told (in the same transaction). */
export async function onWaitlistPromoted(
  tx: Prisma.TransactionClient,
  ctx: Context,
  promoted: { signUpId: string; partnershipId: string },
): Promise<void> {
  await audit(tx, ctx, {
    action: 'signUp.promote',
    entityType: 'VolunteerSignUp',
    entityId: promoted.signUpId,
    partnershipId: promoted.partnershipId,
    changes: { status: ['WAITLISTED', 'APPROVED'] },
  });
  await notifySignUpPromoted(tx, promoted.signUpId);
}
