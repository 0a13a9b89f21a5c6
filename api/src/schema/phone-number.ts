import { z } from 'zod';
import { builder } from '../builder.ts';
import { InputValidationError, parseInput } from '../errors.ts';
import { normaliseDanishPhone } from '../sms/phone.ts';

// The signed-in person's own phone number, where the SMS they choose on Min side go (issue 13).
// Stored normalised (+45 and eight digits), so the outbox sends exactly what was checked here.

const PhoneRef = builder.objectRef<{ phone: string | null }>('MyPhone').implement({
  description: "The viewer's phone number for SMS.",
  fields: (t) => ({ phone: t.exposeString('phone', { nullable: true }) }),
});

builder.queryField('myPhone', (t) =>
  t.field({
    type: PhoneRef,
    description: "The viewer's phone number, normalised (+45…), or null when none is saved.",
    authScopes: { signedIn: true },
    resolve: async (_root, _args, ctx) => {
      const user = ctx.viewer
        ? await ctx.prisma.user.findUnique({
            where: { id: ctx.viewer.userId },
            select: { person: { select: { phone: true } } },
          })
        : null;
      return { phone: user?.person.phone ?? null };
    },
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
    description: "Sets or removes the viewer's phone number for SMS, normalised to +45.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: SetMyPhoneInput, required: true }) },
    errors: {
      types: [InputValidationError],
      union: { name: 'SetMyPhoneResult' },
      result: { name: 'SetMyPhoneSuccess' },
      dataField: { name: 'myPhone' },
    },
    resolve: async (_root, args, ctx) => {
      const { phone } = parseInput(setMyPhoneInput, args.input);
      const viewer = ctx.viewer;
      if (!viewer) return { phone: null };
      await ctx.prisma.person.updateMany({ where: { user: { id: viewer.userId } }, data: { phone } });
      return { phone };
    },
  }),
);
