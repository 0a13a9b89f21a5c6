import { z } from 'zod';
import { builder } from '../builder.ts';
import { registerVolunteer } from '../domain/register-volunteer.ts';
import { InputValidationError, NotAllowedError, parseInput } from '../errors.ts';
import { emailField, passwordField, phoneField, refusePersonalPassword, requiredText } from './fields.ts';

/** The consent texts a volunteer can agree to; the web app shows the text of the version it sends. */
export const CONSENT_TEXT_VERSIONS = ['frivillig-samtykke-v1'] as const;

const LocaleEnum = builder.enumType('Locale', { values: ['DA', 'EN'] as const });

const RegisterVolunteerInput = builder.inputType('RegisterVolunteerInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    password: t.string({
      required: true,
      description: 'At least 10 characters; not a common, trivial or personal password.',
    }),
    phone: t.string({ required: false }),
    languages: t.stringList({ required: false, description: 'Optional: languages the volunteer speaks.' }),
    skills: t.stringList({ required: false, description: 'Optional: skills the volunteer offers.' }),
    consent: t.boolean({
      required: true,
      description: 'Must be true: the volunteer agrees to the consent text.',
    }),
    consentTextVersion: t.string({
      required: true,
      description: `One of: ${CONSENT_TEXT_VERSIONS.join(', ')}`,
    }),
  }),
});

const registerVolunteerInput = z
  .object({
    name: requiredText(120),
    email: emailField,
    password: passwordField,
    phone: z.preprocess((v) => (v === '' ? null : v), phoneField.nullish()),
    languages: z
      .array(z.string().trim().min(1).max(60, { error: 'volunteer.listItem' }))
      .max(20)
      .nullish(),
    skills: z
      .array(z.string().trim().min(1).max(60, { error: 'volunteer.listItem' }))
      .max(20)
      .nullish(),
    consent: z.literal(true, { error: 'auth.consentRequired' }),
    consentTextVersion: z.enum(CONSENT_TEXT_VERSIONS),
  })
  .superRefine(refusePersonalPassword);

const RegistrationRef = builder.objectRef<{ email: string }>('VolunteerRegistration').implement({
  description: 'A registration was received: a message is on its way to the address.',
  fields: (t) => ({ email: t.exposeString('email') }),
});

builder.mutationField('registerVolunteer', (t) =>
  t.field({
    type: RegistrationRef,
    description:
      'Registers a volunteer with recorded consent. The answer is the same whether or not the address has an account: a new address gets a link that confirms it and signs in, a taken one a notice to its owner. Rate-limited.',
    args: { input: t.arg({ type: RegisterVolunteerInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError],
      union: { name: 'RegisterVolunteerResult' },
      result: { name: 'RegisterVolunteerSuccess' },
      dataField: { name: 'registration' },
    },
    resolve: (_root, args, ctx) => registerVolunteer(ctx, parseInput(registerVolunteerInput, args.input)),
  }),
);

builder.mutationField('setLocale', (t) =>
  t.boolean({
    description: "Saves the signed-in user's language (da or en).",
    authScopes: { signedIn: true },
    args: { locale: t.arg({ type: LocaleEnum, required: true }) },
    resolve: async (_root, { locale }, ctx) => {
      if (!ctx.viewer) return false;
      await ctx.prisma.user.update({
        where: { id: ctx.viewer.userId },
        data: { locale: locale.toLowerCase() },
      });
      return true;
    },
  }),
);
