import { z } from 'zod';
import { builder } from '../builder.ts';
import { changePassword } from '../domain/account/change-password.ts';
import { requestPasswordReset, resetPassword } from '../domain/account/password-reset.ts';
import { InputValidationError, NotAllowedError, parseInput } from '../errors.ts';
import { emailField, passwordField } from './fields.ts';

// Passwords: forgotten (reset by an e-mailed link) and changed on /min-side.

const DoneRef = builder.objectRef<{ done: true }>('AccountActionDone').implement({
  description: 'The request was received; for a reset request the answer never says if the account exists.',
  fields: (t) => ({ done: t.exposeBoolean('done') }),
});
const done = { done: true } as const;

const RequestPasswordResetInput = builder.inputType('RequestPasswordResetInput', {
  fields: (t) => ({ email: t.string({ required: true }) }),
});

builder.mutationField('requestPasswordReset', (t) =>
  t.field({
    type: DoneRef,
    description:
      'Sends a reset link (valid 30 minutes, single use) when the address has an active account. The answer is the same either way.',
    args: { input: t.arg({ type: RequestPasswordResetInput, required: true }) },
    errors: {
      types: [InputValidationError],
      union: { name: 'RequestPasswordResetResult' },
      result: { name: 'RequestPasswordResetSuccess' },
      dataField: { name: 'result' },
    },
    resolve: async (_root, args, ctx) => {
      const { email } = parseInput(z.object({ email: emailField }), args.input);
      await requestPasswordReset(ctx, email);
      return done;
    },
  }),
);

const ResetPasswordInput = builder.inputType('ResetPasswordInput', {
  fields: (t) => ({
    token: t.string({ required: true, description: 'From the link in the e-mail.' }),
    password: t.string({ required: true, description: 'The new password.' }),
  }),
});

builder.mutationField('resetPassword', (t) =>
  t.field({
    type: DoneRef,
    description: 'Sets a new password from a reset link and ends every session of the account.',
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError],
      union: { name: 'ResetPasswordResult' },
      result: { name: 'ResetPasswordSuccess' },
      dataField: { name: 'result' },
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({ token: z.string().min(1).max(200), password: passwordField }),
        args.input,
      );
      await resetPassword(ctx, input.token, input.password);
      return done;
    },
  }),
);

const ChangePasswordInput = builder.inputType('ChangePasswordInput', {
  fields: (t) => ({
    currentPassword: t.string({ required: true }),
    newPassword: t.string({ required: true }),
  }),
});

builder.mutationField('changePassword', (t) =>
  t.field({
    type: DoneRef,
    description: "Changes the signed-in user's password; their other sessions end and they get a notice.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: ChangePasswordInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError],
      union: { name: 'ChangePasswordResult' },
      result: { name: 'ChangePasswordSuccess' },
      dataField: { name: 'result' },
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({
          currentPassword: z.string().min(1, { error: 'field.required' }).max(200),
          newPassword: passwordField,
        }),
        args.input,
      );
      await changePassword(ctx, input.currentPassword, input.newPassword);
      return done;
    },
  }),
);

export { DoneRef };
