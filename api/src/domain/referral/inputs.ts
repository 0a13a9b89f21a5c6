import {
  AgeBand,
  Arena,
  ContactChannel,
  ReferralBarrier,
  ReferralCloseReason,
  ReferralConsentScope,
  ReferralMeasurePhase,
  ReferralReason,
  ReferralSource,
  ReferralState,
} from '@naboskab/db';
import { z } from 'zod';
import { emailField, phoneField, requiredText } from '../../schema/fields.ts';
import { looksLikeCpr } from './cpr.ts';

// Input rules of referrals, shared by the API's mutations. Messages are catalogue keys.

/** Free text that may never hold a CPR number. */
const freeText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((text) => !looksLikeCpr(text), { error: 'referral.cprNotAllowed' });
const requiredFreeText = (max: number) =>
  requiredText(max).refine((text) => !looksLikeCpr(text), { error: 'referral.cprNotAllowed' });
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
const someOf = <T extends z.ZodType>(item: T) => z.array(item).min(1, { error: 'referral.pickOne' });

export const recordReferralInput = z
  .object({
    source: z.enum(ReferralSource),
    firstName: requiredFreeText(40),
    phone: optional(phoneField),
    email: optional(emailField),
    preferredChannel: optional(z.enum(ContactChannel)),
    ageBand: z.enum(AgeBand),
    reasons: someOf(z.enum(ReferralReason)),
    whatMatters: freeText(500).default(''),
    arenas: someOf(z.enum(Arena)),
    barriers: z.array(z.enum(ReferralBarrier)).default([]),
    accompaniment: z.boolean(),
    consentScopes: z.array(z.enum(ReferralConsentScope)),
    consentGivenOn: z.date(),
  })
  .refine((r) => r.phone || r.email, { error: 'referral.contactRequired', path: ['phone'] })
  .refine((r) => !r.preferredChannel || (r.preferredChannel === 'EMAIL' ? !!r.email : !!r.phone), {
    error: 'referral.channelWithoutContact',
    path: ['preferredChannel'],
  })
  .refine((r) => r.consentScopes.includes('CONTACT'), {
    error: 'referral.consentRequired',
    path: ['consentScopes'],
  })
  .refine((r) => r.consentGivenOn.getTime() <= Date.now(), {
    error: 'referral.consentInFuture',
    path: ['consentGivenOn'],
  });

export const transitionReferralInput = z
  .object({
    from: z.enum(ReferralState),
    to: z.enum(ReferralState),
    closeReason: optional(z.enum(ReferralCloseReason)),
    noMatchingActivity: z.boolean().nullish(),
  })
  .refine((m) => m.to !== 'CLOSED' || m.closeReason, {
    error: 'referral.closeReasonRequired',
    path: ['closeReason'],
  });

export const connectReferralInput = z
  .object({
    hostName: requiredFreeText(80),
    hostPhone: optional(phoneField),
    hostEmail: optional(emailField),
  })
  .refine((h) => h.hostPhone || h.hostEmail, {
    error: 'referral.hostContactRequired',
    path: ['hostPhone'],
  });

const item = (min: number, max: number) => z.number().int().min(min).max(max);

export const measureInput = z.object({
  phase: z.enum(ReferralMeasurePhase),
  /** T-ILS/UCLA-3: lacks company, left out, isolated; 1 hardly ever … 3 often. */
  tils: z.array(item(1, 3)).length(3),
  /** ONS: 1 never … 5 often or always. */
  ons: item(1, 5),
  /** WHO-5: five items, 0 at no time … 5 all of the time. */
  who5: z.array(item(0, 5)).length(5),
});

export type RecordReferralInput = z.output<typeof recordReferralInput>;
export type MeasureInput = z.output<typeof measureInput>;
