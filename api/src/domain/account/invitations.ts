import type { Prisma, Role } from '@naboskab/db';
import { withinRateLimits } from '../../auth/rate-limit.ts';
import type { Context } from '../../context.ts';
import { ConflictError, fieldIssue, NotAllowedError } from '../../errors.ts';
import { enqueueEmail } from '../../mail/outbox.ts';
import { audit } from '../audit.ts';
import { expiryText, mailLocale, newLinkToken } from './account-token.ts';

export const INVITATION_DAYS = 7;
/** Invitation e-mails an hour: per address, so no inbox can be flooded, and per inviter. */
export const invitationSendLimits = { perAddress: 3, perInviter: 30, windowMinutes: 60 } as const;

export interface InviteInput {
  email: string;
  name: string;
  role: Role;
  locale: 'da' | 'en';
  organisationId: string | null;
  partnershipId: string | null;
}

const roleNames = {
  da: {
    ADMIN: 'administrator',
    COORDINATOR: 'koordinator',
    VOLUNTEER: 'frivillig',
    MINISTRY: 'læser i ministeriet',
  },
  en: {
    ADMIN: 'administrator',
    COORDINATOR: 'coordinator',
    VOLUNTEER: 'volunteer',
    MINISTRY: 'ministry reader',
  },
} as const;

/**
 * Invites a person. An administrator chooses any role, organisation and (for a coordinator) the
 * partnership they will coordinate; a coordinator invites a contact person of one of their
 * partnership's member organisations, who joins as staff of that organisation.
 */
export async function inviteUser(ctx: Context, input: InviteInput): Promise<string> {
  const viewer = ctx.viewer;
  if (!viewer) throw new NotAllowedError('auth.signInRequired');
  const byAdmin = viewer.role === 'ADMIN';
  const role: Role = byAdmin ? input.role : 'COORDINATOR';
  if (role === 'COORDINATOR' && !input.partnershipId) {
    throw fieldIssue(['input', 'partnershipId'], 'invitation.partnershipRequired');
  }
  await assertMaySend(ctx, input.email);
  return ctx.prisma.$transaction(async (tx) => {
    await (byAdmin ? assertNamedRowsExist(tx, input) : assertMemberOrganisation(tx, input));
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new ConflictError('invitation.userExists');
    }
    // A coordinator's invitation replaces only their own partnership's, as they could revoke it.
    if (!byAdmin && (await tx.invitation.count({ where: pendingElsewhere(input) }))) {
      throw new ConflictError('invitation.pendingElsewhere');
    }
    // One pending invitation per address: a new one replaces the old.
    await tx.invitation.updateMany({
      where: { email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    const { token, tokenHash } = newLinkToken();
    const invitation = await tx.invitation.create({
      data: {
        tokenHash,
        email: input.email,
        name: input.name,
        role,
        locale: input.locale,
        organisationId: input.organisationId,
        partnershipId: input.partnershipId,
        coordinates: byAdmin && role === 'COORDINATOR',
        invitedById: viewer.userId,
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      },
    });
    await sendInvitation(tx, ctx, invitation.id, token);
    await audit(tx, ctx, {
      action: 'invite',
      entityType: 'Invitation',
      entityId: invitation.id,
      partnershipId: input.partnershipId,
      changes: { email: [null, input.email], role: [null, role] },
    });
    return invitation.id;
  });
}

const pendingElsewhere = (input: InviteInput): Prisma.InvitationWhereInput => ({
  email: input.email,
  acceptedAt: null,
  revokedAt: null,
  expiresAt: { gt: new Date() },
  OR: [{ partnershipId: null }, { partnershipId: { not: input.partnershipId } }],
});

/** An administrator may name any organisation and partnership, but one that exists. */
async function assertNamedRowsExist(tx: Prisma.TransactionClient, input: InviteInput) {
  const { organisationId, partnershipId } = input;
  if (organisationId && !(await tx.organisation.count({ where: { id: organisationId } }))) {
    throw fieldIssue(['input', 'organisationId'], 'notFound');
  }
  if (partnershipId && !(await tx.partnership.count({ where: { id: partnershipId } }))) {
    throw fieldIssue(['input', 'partnershipId'], 'notFound');
  }
}

async function assertMemberOrganisation(tx: Prisma.TransactionClient, input: InviteInput) {
  const member =
    input.organisationId && input.partnershipId
      ? await tx.partnershipMember.findFirst({
          where: { partnershipId: input.partnershipId, organisationId: input.organisationId },
          select: { id: true },
        })
      : null;
  if (!member) throw fieldIssue(['input', 'organisationId'], 'invitation.notMemberOrganisation');
}

/** A new link for a pending invitation: the old link stops working and the week starts again. */
export async function resendInvitation(ctx: Context, id: string): Promise<void> {
  const { email } = await ctx.prisma.invitation.findUniqueOrThrow({ where: { id }, select: { email: true } });
  await assertMaySend(ctx, email);
  await ctx.prisma.$transaction(async (tx) => {
    const { token, tokenHash } = newLinkToken();
    const renewed = await tx.invitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null },
      data: { tokenHash, sentAt: new Date(), expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000) },
    });
    if (renewed.count === 0) throw new ConflictError('invitation.notPending');
    await sendInvitation(tx, ctx, id, token);
  });
}

export async function revokeInvitation(ctx: Context, id: string): Promise<void> {
  await ctx.prisma.$transaction(async (tx) => {
    const revoked = await tx.invitation.updateMany({
      where: { id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (revoked.count === 0) throw new ConflictError('invitation.notPending');
    await audit(tx, ctx, { action: 'revoke', entityType: 'Invitation', entityId: id });
  });
}

/** Counted before the transaction, with `prisma`: a refused or failed send still counts. */
async function assertMaySend(ctx: Context, email: string) {
  const { perAddress, perInviter, windowMinutes } = invitationSendLimits;
  const allowed = await withinRateLimits(ctx.prisma, windowMinutes, [
    [`invitation:email:${email}`, perAddress],
    [`invitation:inviter:${ctx.viewer?.userId}`, perInviter],
  ]);
  if (!allowed) throw new NotAllowedError('rateLimit.exceeded');
}

async function sendInvitation(tx: Prisma.TransactionClient, ctx: Context, id: string, token: string) {
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { id },
    include: { organisation: { select: { name: true } }, partnership: { select: { name: true } } },
  });
  const locale = mailLocale(invitation.locale);
  const place = invitation.partnership?.name ?? invitation.organisation?.name;
  await enqueueEmail(tx, {
    to: invitation.email,
    locale,
    kind: 'account.invitation',
    data: {
      name: invitation.name,
      inviter: ctx.viewer?.name ?? 'Naboskab',
      role: roleNames[locale][invitation.role],
      where: place ? (locale === 'da' ? ` i ${place}` : ` in ${place}`) : '',
      expires: expiryText(invitation.expiresAt, locale),
      acceptPath: `/invitation?token=${token}`,
    },
  });
}
