import type { Prisma } from '@naboskab/db';
import { enqueueEmail } from '../../mail/outbox.ts';

/**
 * Tells a guide about a referral someone handed them, in the same transaction. The message
 * carries no case details (Datatilsynet's advice): "Du har en ny henvisning" and a link.
 */
export async function notifyGuide(
  tx: Prisma.TransactionClient,
  guide: { email: string; locale: string },
  referralId: string,
): Promise<void> {
  await enqueueEmail(tx, {
    to: guide.email,
    locale: guide.locale,
    kind: 'referral.new',
    data: { path: `/henvisninger/${encodeURIComponent(referralId)}` },
  });
}
