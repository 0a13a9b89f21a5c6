import type { Prisma } from '@naboskab/db';
import type { Context } from '../../context.ts';

/**
 * The one place that tells a guide about a new referral. The message carries no case details
 * (Datatilsynet's advice): "Du har en ny henvisning" and a link to sign in and read it.
 * It is the call site for the mail outbox (enqueueEmail on branch `mail`): until that is merged,
 * the guide finds the referral on their caseload page.
 */
export async function notifyGuide(
  _tx: Prisma.TransactionClient,
  ctx: Context,
  guide: { email: string; locale: string },
  referralId: string,
): Promise<{ to: string; locale: string; link: string }> {
  const link = `${ctx.env.PUBLIC_URL.replace(/\/+$/, '')}/henvisninger/${referralId}`;
  return { to: guide.email, locale: guide.locale, link };
}
