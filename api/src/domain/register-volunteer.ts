import { hashPassword } from '@naboskab/db';
import { accountActionAllowed } from '../auth/rate-limit.ts';
import type { Context } from '../context.ts';
import { ConflictError, mapPrismaError, NotAllowedError } from '../errors.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { sendConfirmation } from './account/email-address.ts';

export interface RegisterVolunteerInput {
  name: string;
  email: string;
  password: string;
  phone?: string | null;
  languages?: string[] | null;
  skills?: string[] | null;
  consentTextVersion: string;
}

/**
 * Registers a volunteer without telling anyone whether the address already has an account: the
 * answer is always "check your e-mail". Like a password reset it goes once the attempt is counted,
 * before the address is looked up, so neither its content nor its time depends on the address;
 * the rest follows the answer. A new address gets an unverified account and a link that confirms
 * it and signs in; a taken one gets a notice to its owner instead. Rate-limited per address and
 * per client.
 */
export async function registerVolunteer(
  ctx: Context,
  input: RegisterVolunteerInput,
): Promise<{ email: string }> {
  if (!(await accountActionAllowed(ctx.prisma, 'register', input.email, ctx.ip))) {
    throw new NotAllowedError('rateLimit.exceeded');
  }
  // Hashed before the answer either way: the same cost for every address, paid by the caller.
  const passwordHash = await hashPassword(input.password);
  ctx.waitUntil(
    register(ctx, input, passwordHash).catch((error) => {
      // Two registrations of one new address at once: the first one's link is on its way.
      if (mapPrismaError(error) instanceof ConflictError) return;
      console.error('[api] registration failed', error);
    }),
  );
  return { email: input.email };
}

async function register(ctx: Context, input: RegisterVolunteerInput, passwordHash: string) {
  await ctx.prisma.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({
      where: { email: input.email },
      include: { person: { select: { name: true } } },
    });
    if (owner) {
      await enqueueEmail(tx, {
        to: owner.email,
        locale: owner.locale,
        kind: 'account.notice',
        data: { name: owner.person.name, notice: 'registrationAttempt', newEmail: null },
      });
      return;
    }
    const person = await tx.person.create({
      data: {
        name: input.name,
        email: input.email,
        phone: input.phone ?? null,
        languages: [...new Set(input.languages ?? [])],
        skills: [...new Set(input.skills ?? [])],
        consents: { create: { purpose: 'VOLUNTEERING', textVersion: input.consentTextVersion } },
      },
    });
    const user = await tx.user.create({
      data: { personId: person.id, email: input.email, passwordHash, role: 'VOLUNTEER', locale: ctx.locale },
    });
    await sendConfirmation(tx, { ...user, name: input.name }, 'verify', user.email);
  });
}
