import { z } from 'zod';
import { builder } from '../builder.ts';
import {
  confirmPhone,
  type MyPhone,
  readMyPhone,
  startPhoneVerification,
} from '../domain/account/phone-verification.ts';
import { InputValidationError, NotAllowedError, parseInput } from '../errors.ts';
import { normaliseDanishPhone } from '../sms/phone.ts';

// The signed-in person's own phone number, where the SMS they choose on Min side go (issue 13).
// Stored normalised (+45 and eight digits), and used only once proved by a code sent to it.

const PhoneRef = builder.objectRef<MyPhone>('MyPhone').implement({
  description: "The viewer's phone number for SMS, and one awaiting its code.",
  fields: (t) => ({
    phone: t.exposeString('phone', { nullable: true, description: 'The verified number SMS go to.' }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true }),
    pendingPhone: t.exposeString('pendingPhone', {
      nullable: true,
      description: 'A number sent a code, not yet confirmed.',
    }),
    codeExpiresAt: t.expose('codeExpiresAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('myPhone', (t) =>
  t.field({
    type: PhoneRef,
    description: "The viewer's phone number for SMS, normalised (+45…).",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      ctx.viewer
        ? readMyPhone(ctx.prisma, ctx.viewer.userId)
        : { phone: null, verifiedAt: null, pendingPhone: null, codeExpiresAt: null },
  }),
);

const SetMyPhoneInput = builder.inputType('SetMyPhoneInput', {
  fields: (t) => ({
    phone: t.string({ required: false, description: 'A Danish number; empty or left out removes it.' }),
  }),
});

const setMyPhoneInput = z.object({
  phone: z
    .string()
    .nullish()
    .transform((value, issue) => {
      if (!value?.trim()) return null;
      const phone = normaliseDanishPhone(value);
      if (!phone) issue.addIssue({ code: 'custom', message: 'phone.notDanish' });
      return phone ?? z.NEVER;
    }),
});

builder.mutationField('setMyPhone', (t) =>
  t.field({
    type: PhoneRef,
    description:
      "Sends a code by SMS to a new number, which is used once confirmMyPhone confirms it; an empty number removes the viewer's numbers.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetMyPhoneInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError],
      union: { name: 'SetMyPhoneResult' },
      result: { name: 'SetMyPhoneSuccess' },
      dataField: { name: 'myPhone' },
    },
    resolve: (_root, args, ctx) => startPhoneVerification(ctx, parseInput(setMyPhoneInput, args.input).phone),
  }),
);

const ConfirmMyPhoneInput = builder.inputType('ConfirmMyPhoneInput', {
  fields: (t) => ({ code: t.string({ required: true, description: 'The six digits sent by SMS.' }) }),
});

builder.mutationField('confirmMyPhone', (t) =>
  t.field({
    type: PhoneRef,
    description: 'Confirms the pending number with the code sent to it; from then on SMS go there.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ConfirmMyPhoneInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError],
      union: { name: 'ConfirmMyPhoneResult' },
      result: { name: 'ConfirmMyPhoneSuccess' },
      dataField: { name: 'myPhone' },
    },
    resolve: (_root, args, ctx) => {
      const { code } = parseInput(
        z.object({
          code: z
            .string()
            .trim()
            .regex(/^\d{6}$/, { error: 'phone.codeWrong' }),
        }),
        args.input,
      );
      return confirmPhone(ctx, code);
    },
  }),
);
