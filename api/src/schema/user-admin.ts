import { Role } from '@naboskab/db';
import { z } from 'zod';
import { globalIdField, idOf } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { changeUser } from '../domain/account/change-user.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../errors.ts';
import { UserRef, UserRoleEnum } from './user.ts';

// Administrators change other people's accounts; each change ends that person's sessions.

const SetUserRoleInput = builder.inputType('SetUserRoleInput', {
  fields: (t) => ({
    userId: t.id({ required: true }),
    role: t.field({ type: UserRoleEnum, required: true }),
  }),
});

const userErrors = [InputValidationError, NotFoundError, NotAllowedError];

builder.mutationField('setUserRole', (t) =>
  t.prismaField({
    type: UserRef,
    description:
      "Changes a user's role (not your own; never the last active administrator's) and ends their sessions. Administrators only.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: SetUserRoleInput, required: true }) },
    errors: {
      types: userErrors,
      union: { name: 'SetUserRoleResult' },
      result: { name: 'SetUserRoleSuccess' },
      dataField: { name: 'user' },
    },
    resolve: async (query, _root, args, ctx) => {
      const input = parseInput(z.object({ userId: globalIdField('User'), role: z.enum(Role) }), args.input);
      await changeUser(ctx, input.userId, { role: input.role });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: input.userId } });
    },
  }),
);

const UserStatusInput = builder.inputType('UserStatusInput', {
  fields: (t) => ({ userId: t.globalID({ required: true, for: UserRef }) }),
});

for (const [name, active, description] of [
  [
    'deactivateUser',
    false,
    'Stops a user from signing in and ends their sessions at once; their name stays in the history. Never your own account or the last active administrator. Administrators only.',
  ],
  ['reactivateUser', true, 'Lets a deactivated user sign in again. Administrators only.'],
] as const) {
  const typeName = `${name[0]?.toUpperCase()}${name.slice(1)}`;
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: UserRef,
      description,
      authScopes: { admin: true },
      args: { input: t.arg({ type: UserStatusInput, required: true }) },
      errors: {
        types: userErrors,
        union: { name: `${typeName}Result` },
        result: { name: `${typeName}Success` },
        dataField: { name: 'user' },
      },
      resolve: async (query, _root, args, ctx) => {
        const userId = idOf(ctx, args.input.userId, 'User', 'input.userId');
        await changeUser(ctx, userId, { active });
        return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: userId } });
      },
    }),
  );
}
