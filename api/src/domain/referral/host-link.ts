import type { HostLinkPurpose } from '@naboskab/db';
import { withinRateLimit } from '../../auth/rate-limit.ts';
import { hashFeedToken, newFeedToken } from '../../calendar/feed.ts';
import type { Context } from '../../context.ts';
import { ConflictError, NotAllowedError } from '../../errors.ts';
import { enqueueEmail } from '../../mail/outbox.ts';
import { enqueueSms } from '../../sms/outbox.ts';
import { normaliseDanishPhone } from '../../sms/phone.ts';
import { lockUnchanged, moveReferral } from './move-referral.ts';
import { DAY_MS } from './states.ts';
import { findWorkableReferral } from './transition-referral.ts';

/** A host link works this long; a new one replaces it. */
const LINK_DAYS = 30;
/** Links a referral may get an hour: each is an e-mail or SMS to the host, and an SMS costs. */
export const HOST_LINKS_PER_HOUR = 5;

export const hostLinkPath = (token: string) => `/vaert/${token}`;

/**
 * A new single-use link for the host: to confirm the first attendance (CONNECTED) or that the
 * citizen still takes part (FOLLOW_UP). Earlier unused links of the referral stop working. The
 * token is returned once, for the guide to send by SMS or e-mail; only its hash is stored.
 */
export async function issueHostLink(ctx: Context, referralId: string) {
  // Counted outside the transaction, so a link that fails to be made still counts.
  if (!(await withinRateLimit(ctx.prisma, `host-link:${referralId}`, HOST_LINKS_PER_HOUR, 60))) {
    throw new NotAllowedError('rateLimit.exceeded');
  }
  return ctx.prisma.$transaction(async (tx) => {
    const referral = await findWorkableReferral(ctx, tx, referralId);
    const purpose: HostLinkPurpose | null =
      referral.state === 'CONNECTED'
        ? 'FIRST_ATTENDANCE'
        : referral.state === 'FOLLOW_UP'
          ? 'FOLLOW_UP'
          : null;
    if (!purpose) throw new ConflictError('referral.noHostLinkNow');
    if (!referral.consentScopes.includes('SHARE_FIRST_NAME_WITH_HOST')) {
      throw new ConflictError('referral.noHostConsent');
    }
    // Links issued at once wait for each other, so each replaces the one before.
    await lockUnchanged(tx, referral);
    const now = new Date();
    await tx.hostLink.updateMany({
      where: { referralId, usedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const { token, tokenHash } = newFeedToken();
    const link = await tx.hostLink.create({
      data: { referralId, purpose, tokenHash, expiresAt: new Date(now.getTime() + LINK_DAYS * DAY_MS) },
    });
    const url = `${ctx.env.PUBLIC_URL.replace(/\/+$/, '')}${hostLinkPath(token)}`;
    // The host gets the link by e-mail, or by SMS when a (Danish) phone is their way of contact.
    const message = {
      locale: 'da',
      kind: 'referral.host-link',
      data: { path: hostLinkPath(token), purpose },
    } as const;
    const hostPhone = referral.hostPhone ? normaliseDanishPhone(referral.hostPhone) : null;
    if (referral.hostEmail) await enqueueEmail(tx, { ...message, to: referral.hostEmail });
    else if (hostPhone) await enqueueSms(tx, { ...message, to: hostPhone });
    return {
      url,
      purpose,
      expiresAt: link.expiresAt,
      hostEmail: referral.hostEmail,
      hostPhone: referral.hostPhone,
    };
  });
}

const usable = (tokenHash: string, now = new Date()) => ({
  tokenHash,
  usedAt: null,
  revokedAt: null,
  expiresAt: { gt: now },
});

/**
 * What the host sees: the citizen's first name and the place, nothing else; null when the link is
 * unknown, used, replaced or expired. Showing the first name is a logged read.
 */
export async function viewHostLink(ctx: Context, token: string) {
  const link = await ctx.prisma.hostLink.findFirst({
    where: usable(hashFeedToken(token)),
    select: {
      purpose: true,
      referral: {
        select: {
          id: true,
          firstName: true,
          personalDataDeletedAt: true,
          activity: { select: { title: true } },
          organisation: { select: { name: true } },
        },
      },
    },
  });
  const referral = link?.referral;
  if (!link || !referral || referral.personalDataDeletedAt) return null;
  await ctx.prisma.referralRead.create({ data: { referralId: referral.id, userId: null, via: 'HOST_LINK' } });
  return {
    purpose: link.purpose,
    firstName: referral.firstName ?? '',
    placeName: referral.activity?.title ?? referral.organisation?.name ?? '',
  };
}

/**
 * The host answers through the link, once: the first attendance (CONNECTED → ATTENDING), or at
 * follow-up whether the citizen still takes part. Using the link and acting on it are one
 * transaction, so two clicks at once count once and a failure leaves the link usable.
 */
export async function confirmHostLink(ctx: Context, token: string, takingPart: boolean) {
  return ctx.prisma.$transaction(async (tx) => {
    const link = await tx.hostLink.findFirst({
      where: usable(hashFeedToken(token)),
      include: { referral: true },
    });
    if (!link) throw new ConflictError('referral.hostLinkUsed');
    // "Not yet" at the first attendance keeps the link for the day the citizen comes.
    if (link.purpose === 'FIRST_ATTENDANCE' && !takingPart) return { purpose: link.purpose, takingPart };
    // The claim repeats every condition of the read: a link that expired or was replaced while
    // this request waited for its row is not claimed.
    const now = new Date();
    const { count } = await tx.hostLink.updateMany({
      where: { id: link.id, ...usable(link.tokenHash, now) },
      data: { usedAt: now },
    });
    if (count === 0) throw new ConflictError('referral.hostLinkUsed');
    const referral = link.referral;
    if (link.purpose === 'FIRST_ATTENDANCE') {
      await moveReferral(tx, referral, { to: 'ATTENDING', byUserId: null, byHost: true });
    } else {
      const { count: updated } = await tx.referral.updateMany({
        where: { id: referral.id, state: 'FOLLOW_UP' },
        data: { stillTakingPart: takingPart },
      });
      if (updated === 0) throw new ConflictError('referral.hostLinkUsed');
    }
    return { purpose: link.purpose, takingPart };
  });
}
