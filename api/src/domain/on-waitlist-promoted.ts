import type { Prisma } from '@naboskab/db';
import type { Context } from '../context.ts';
import { audit } from './audit.ts';

/**
 * A waiting volunteer got a place. This is where they are to be told (the notifications work);
 * until then the audit records it.
 */
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
}
