import { z } from 'zod';
import { oidcConfigured } from '../auth/oidc-client.ts';
import { endSession } from '../auth/session.ts';
import { builder } from '../builder.ts';
import { signIn } from '../domain/sign-in.ts';
import { InputValidationError, NotAllowedError, parseInput } from '../errors.ts';
import { emailField } from './fields.ts';
import { ViewerRef } from './viewer.ts';

const SignInInput = builder.inputType('SignInInput', {
  fields: (t) => ({ email: t.string({ required: true }), password: t.string({ required: true }) }),
});

// The password is not checked for strength here: an older, weaker one must still let people in.
const signInInput = z.object({
  email: emailField,
  password: z.string().min(1, { error: 'field.required' }).max(200),
});

builder.mutationField('signIn', (t) =>
  t.field({
    type: ViewerRef,
    args: { input: t.arg({ type: SignInInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError],
      union: { name: 'SignInResult' },
      result: { name: 'SignInSuccess' },
      dataField: { name: 'viewer' },
    },
    resolve: (_root, args, ctx) => {
      const { email, password } = parseInput(signInInput, args.input);
      return signIn(ctx, email, password);
    },
  }),
);

builder.mutationField('signOut', (t) =>
  t.boolean({
    description: 'Ends the current session. True when one was ended.',
    resolve: async (_root, _args, ctx) => {
      if (!ctx.viewer) return false;
      await endSession(ctx.prisma, ctx.cookies, ctx.viewer.sessionId);
      ctx.viewer = null;
      return true;
    },
  }),
);

builder.queryField('oidcSignInAvailable', (t) =>
  t.boolean({
    description:
      'True when staff can sign in with their organisation (OpenID Connect) at /auth/oidc/start?next=…',
    resolve: (_root, _args, ctx) => oidcConfigured(ctx.env),
  }),
);
