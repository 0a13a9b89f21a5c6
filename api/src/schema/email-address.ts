import { z } from 'zod';
import { withinRateLimit } from '../auth/rate-limit.ts';
import { builder } from '../builder.ts';
import { confirmEmail, requestEmailChange, sendConfirmation } from '../domain/account/email-address.ts';
import { ConflictError, InputValidationError, NotAllowedError, parseInput } from '../errors.ts';
import { emailField } from './fields.ts';
import { DoneRef } from './password.ts';
import { ViewerRef } from './viewer.ts';

// The account's e-mail address: changed only when the new address confirms; verified by a link.

builder.objectFields(ViewerRef, (t) => ({
  emailVerified: t.boolean({
    description: 'False until the person follows the link sent to their address.',
    resolve: async (viewer, _args, ctx) =>
      (await ctx.prisma.user.findUnique({ where: { id: viewer.userId }, select: { emailVerifiedAt: true } }))
        ?.emailVerifiedAt != null,
  }),
}));

const RequestEmailChangeInput = builder.inputType('RequestEmailChangeInput', {
  fields: (t) => ({
    email: t.string({ required: true, description: 'The new address; a link is sent there.' }),
    currentPassword: t.string({ required: true }),
  }),
});

builder.mutationField('requestEmailChange', (t) =>
  t.field({
    type: DoneRef,
    description: 'Sends a confirmation link to the new address; the old one is told once it is confirmed.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: RequestEmailChangeInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError],
      union: { name: 'RequestEmailChangeResult' },
      result: { name: 'RequestEmailChangeSuccess' },
      dataField: { name: 'result' },
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({
          email: emailField,
          currentPassword: z.string().min(1, { error: 'field.required' }).max(200),
        }),
        args.input,
      );
      await requestEmailChange(ctx, input.email, input.currentPassword);
      return { done: true } as const;
    },
  }),
);

const ConfirmEmailInput = builder.inputType('ConfirmEmailInput', {
  fields: (t) => ({ token: t.string({ required: true, description: 'From the link in the e-mail.' }) }),
});

builder.mutationField('confirmEmail', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Follows a link that proves an address (a new address, or a new volunteer’s) and signs in.',
    args: { input: t.arg({ type: ConfirmEmailInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError, ConflictError],
      union: { name: 'ConfirmEmailResult' },
      result: { name: 'ConfirmEmailSuccess' },
      dataField: { name: 'viewer' },
    },
    resolve: (_root, args, ctx) =>
      confirmEmail(ctx, parseInput(z.object({ token: z.string().min(1).max(200) }), args.input).token),
  }),
);

builder.mutationField('resendEmailVerification', (t) =>
  t.boolean({
    description:
      'Sends the signed-in user a new link to prove their address. False when it is proven already.',
    authScopes: { signedIn: true },
    // Typed, so the person reads "too many attempts" rather than a masked server error.
    errors: {
      types: [NotAllowedError],
      union: { name: 'ResendEmailVerificationResult' },
      result: { name: 'ResendEmailVerificationSuccess' },
      dataField: { name: 'sent' },
    },
    resolve: async (_root, _args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) return false;
      if (!(await withinRateLimit(ctx.prisma, `verify-resend:${viewer.userId}`, 3, 60))) {
        throw new NotAllowedError('rateLimit.exceeded');
      }
      return ctx.prisma.$transaction(async (tx) => {
        const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId } });
        if (user.emailVerifiedAt) return false;
        await sendConfirmation(tx, { ...user, name: viewer.name }, 'verify', user.email);
        return true;
      });
    },
  }),
);
