import { randomBytes } from 'node:crypto';
import { hashPassword } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { acceptInvitation } from './accept-invitation.ts';

export type OidcFailure = 'unverified' | 'domain' | 'no-account' | 'disabled';

export interface OidcClaims {
  issuer: string;
  sub: string;
  email?: unknown;
  email_verified?: unknown;
}

/**
 * The account an OIDC sign-in belongs to: the one already linked to this subject, else the user
 * or pending invitation with this verified e-mail. It never creates an account nobody approved.
 */
export async function linkOidcAccount(
  ctx: Context,
  claims: OidcClaims,
): Promise<{ userId: string; landing?: string } | { failure: OidcFailure }> {
  const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
  if (!email || claims.email_verified !== true) return { failure: 'unverified' };
  const allowed = ctx.env.OIDC_ALLOWED_DOMAINS;
  if (allowed.length > 0 && !allowed.includes(email.split('@').at(-1) ?? '')) return { failure: 'domain' };
  const subject = `${claims.issuer}#${claims.sub}`;
  // An unusable password for accounts made by OIDC; a password reset can set a real one later.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const user =
        (await tx.user.findUnique({ where: { oidcSubject: subject } })) ??
        (await tx.user.findUnique({ where: { email } }));
      if (!user) return acceptInvitation(tx, { email }, { passwordHash, oidcSubject: subject });
      if (user.oidcSubject && user.oidcSubject !== subject) return { failure: 'no-account' as const };
      if (user.disabledAt) return { failure: 'disabled' as const };
      // An address nobody had proven may have been registered by someone else, who knows the
      // password (account pre-hijacking): now that its owner proved it, their password, sessions
      // and pending links stop working.
      const unproven = !user.emailVerifiedAt;
      await tx.user.update({
        where: { id: user.id },
        data: {
          oidcSubject: subject,
          emailVerifiedAt: user.emailVerifiedAt ?? new Date(),
          ...(unproven ? { passwordHash } : {}),
        },
      });
      if (unproven) {
        await tx.session.deleteMany({ where: { userId: user.id } });
        await tx.accountToken.deleteMany({ where: { userId: user.id, usedAt: null } });
      }
      await tx.person.update({ where: { id: user.personId }, data: { lastActiveAt: new Date() } });
      return { userId: user.id };
    });
  } catch (error) {
    if (error instanceof DomainError) return { failure: 'no-account' };
    throw error;
  }
}
