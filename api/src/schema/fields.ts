import { z } from 'zod';
import { weakPasswordReason } from '../auth/password-strength.ts';
import { fieldIssue } from '../errors.ts';

// Input rules shared by several schema modules. Messages are catalogue keys (i18n.ts).
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'email.invalid' })
  .pipe(z.email({ error: 'email.invalid' }));

/** Every password a person sets passes this (auth/password-strength.ts says what it refuses). */
export const passwordField = z
  .string()
  .min(10, { error: 'password.tooShort' })
  .max(200)
  .superRefine((password, ctx) => {
    if (password.length < 10) return; // one reason at a time: too short already says it
    const reason = weakPasswordReason(password);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/** True when the password is built from the person's e-mail or name: the one rule of both checks below. */
function isPersonalPassword(password: string, person: { email?: string | null; name?: string | null }) {
  return weakPasswordReason(password, [person.email, person.name]) === 'password.personal';
}

/**
 * For an input that also holds the person's e-mail and name: refuses a password built from them.
 * Use as `.superRefine(refusePersonalPassword)` on the input object.
 */
export function refusePersonalPassword(
  input: { password: string; email?: string | null; name?: string | null },
  ctx: z.RefinementCtx,
) {
  if (isPersonalPassword(input.password, input)) {
    ctx.addIssue({ code: 'custom', path: ['password'], message: 'password.personal' });
  }
}

/**
 * For an input that names no one (an invitation's, a reset's, a change's): refuses a password built
 * from the e-mail or name of the person it is for, as `field` of the input.
 */
export function assertNotPersonalPassword(
  password: string,
  person: { email: string; name: string },
  field = 'password',
): void {
  if (isPersonalPassword(password, person)) throw fieldIssue(['input', field], 'password.personal');
}

export const requiredText = (max: number) => z.string().trim().min(1, { error: 'field.required' }).max(max);

export const phoneField = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ]{8,16}$/, { error: 'phone.invalid' });

/** A calendar day as 'YYYY-MM-DD' (the Date scalar) or a Date, normalised to UTC midnight. */
export const dayField = z.unknown().transform((value, ctx) => {
  const date = value instanceof Date ? value : typeof value === 'string' && value ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: 'field.required' });
    return z.NEVER;
  }
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
});
