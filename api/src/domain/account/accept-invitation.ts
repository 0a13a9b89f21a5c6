import type { Prisma } from '@naboskab/db';
import { hashToken } from '../../auth/session.ts';
import { ConflictError, mapPrismaError, NotAllowedError } from '../../errors.ts';
import { assertNotPersonalPassword } from '../../schema/fields.ts';

export interface AcceptedInvitation {
  userId: string;
  /** Where the new user starts: a coordinator on their partnership, others on their own page. */
  landing: string;
}

/**
 * Turns a pending invitation into an account, inside the caller's transaction. Claiming the
 * invitation is one conditional update, so of two accepts at once exactly one makes an account;
 * the other finds it no longer pending.
 */
export async function acceptInvitation(
  tx: Prisma.TransactionClient,
  where: { token: string } | { email: string },
  account: { passwordHash: string; oidcSubject?: string; password?: string },
): Promise<AcceptedInvitation> {
  const now = new Date();
  const pending = { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } };
  const match = 'token' in where ? { tokenHash: hashToken(where.token) } : { email: where.email };
  const invitation = await tx.invitation.findFirst({
    where: { ...match, ...pending },
    orderBy: { sentAt: 'desc' },
    include: { partnership: { select: { slug: true } } },
  });
  if (!invitation) throw new NotAllowedError('invitation.invalid');
  // A password chosen on the invitation's page must not be built from the invited name or address.
  if (account.password !== undefined) assertNotPersonalPassword(account.password, invitation);
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, ...pending },
    data: { acceptedAt: now },
  });
  if (claimed.count === 0) throw new NotAllowedError('invitation.invalid');
  try {
    const person = await tx.person.create({
      data: { name: invitation.name, email: invitation.email, organisationId: invitation.organisationId },
    });
    const user = await tx.user.create({
      data: {
        personId: person.id,
        email: invitation.email,
        passwordHash: account.passwordHash,
        oidcSubject: account.oidcSubject ?? null,
        role: invitation.role,
        locale: invitation.locale,
        // The invitation reached this address: it is proven.
        emailVerifiedAt: now,
      },
    });
    if (invitation.coordinates && invitation.partnershipId) {
      await tx.partnershipCoordinator.create({
        data: { partnershipId: invitation.partnershipId, userId: user.id },
      });
    }
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedById: user.id } });
    const slug = invitation.partnership?.slug;
    return { userId: user.id, landing: slug ? `/partnerskaber/${slug}` : '/min-side' };
  } catch (error) {
    const mapped = mapPrismaError(error);
    throw mapped instanceof ConflictError ? new ConflictError('invitation.emailTaken') : mapped;
  }
}
