import { hashPassword } from '@naboskab/db';
import type { Context, Viewer } from '../context.ts';
import { ConflictError, mapPrismaError } from '../errors.ts';
import { enqueueEmail } from '../mail/outbox.ts';
import { startViewerSession } from './sign-in.ts';

export interface RegisterVolunteerInput {
  name: string;
  email: string;
  password: string;
  phone?: string | null;
  languages?: string[] | null;
  skills?: string[] | null;
  consentTextVersion: string;
}

/** Creates the person, their account and their recorded consent together, then signs them in. */
export async function registerVolunteer(ctx: Context, input: RegisterVolunteerInput): Promise<Viewer> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await ctx.prisma.$transaction(async (tx) => {
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
        data: {
          personId: person.id,
          email: input.email,
          passwordHash,
          role: 'VOLUNTEER',
          locale: ctx.locale,
        },
      });
      await enqueueEmail(tx, {
        to: user.email,
        locale: user.locale,
        kind: 'account.welcome',
        data: { name: input.name },
      });
      return user;
    });
    return await startViewerSession(ctx, user.id);
  } catch (error) {
    const mapped = mapPrismaError(error);
    throw mapped instanceof ConflictError ? new ConflictError('auth.emailTaken') : mapped;
  }
}
