import { z } from 'zod';

// Input rules shared by several schema modules. Messages are catalogue keys (i18n.ts).
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { error: 'email.invalid' })
  .pipe(z.email({ error: 'email.invalid' }));

export const passwordField = z.string().min(10, { error: 'password.tooShort' }).max(200);

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
