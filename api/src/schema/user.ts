import { type Prisma, Role } from '@naboskab/db';
import { z } from 'zod';
import { globalIdField } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { audit } from '../domain/audit.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../errors.ts';

const RoleEnum = builder.enumType(Role, { name: 'UserRole' });

// Accounts, for the administrators' role management. Admins only: it is personal data.
export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { admin: true },
  fields: (t) => ({
    email: t.exposeString('email'),
    role: t.expose('role', { type: RoleEnum }),
    disabled: t.boolean({ select: { disabledAt: true }, resolve: (u) => u.disabledAt !== null }),
    name: t.string({ select: { person: { select: { name: true } } }, resolve: (u) => u.person.name }),
    organisationName: t.string({
      nullable: true,
      select: { person: { select: { organisation: { select: { name: true } } } } },
      resolve: (u) => u.person.organisation?.name ?? null,
    }),
  }),
});

builder.queryField('users', (t) =>
  t.prismaConnection({
    type: 'User',
    cursor: 'id',
    description: 'Accounts by e-mail, filtered by role and a search in name or e-mail. Administrators only.',
    authScopes: { admin: true },
    args: {
      role: t.arg({ type: RoleEnum }),
      search: t.arg.string({ validate: z.string().trim().max(100).nullish() }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.user.count({ where: userWhere(args) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.user.findMany({
        ...query,
        where: userWhere(args),
        orderBy: [{ email: 'asc' }, { id: 'asc' }],
      }),
  }),
);

function userWhere(args: { role?: Role | null; search?: string | null }): Prisma.UserWhereInput {
  return {
    ...(args.role ? { role: args.role } : {}),
    ...(args.search
      ? {
          OR: [
            { email: { contains: args.search, mode: 'insensitive' } },
            { person: { name: { contains: args.search, mode: 'insensitive' } } },
          ],
        }
      : {}),
  };
}

const SetUserRoleInput = builder.inputType('SetUserRoleInput', {
  fields: (t) => ({ userId: t.id({ required: true }), role: t.field({ type: RoleEnum, required: true }) }),
});

builder.mutationField('setUserRole', (t) =>
  t.prismaField({
    type: UserRef,
    description: "Changes a user's role (not your own). Administrators only.",
    authScopes: { admin: true },
    args: { input: t.arg({ type: SetUserRoleInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'SetUserRoleResult' },
      result: { name: 'SetUserRoleSuccess' },
      dataField: { name: 'user' },
    },
    resolve: async (query, _root, args, ctx) => {
      const input = parseInput(z.object({ userId: globalIdField('User'), role: z.enum(Role) }), args.input);
      // An admin demoting themself could leave no administrator at all.
      if (input.userId === ctx.viewer?.userId) throw new NotAllowedError('user.ownRole');
      await ctx.prisma.$transaction(async (tx) => {
        const before = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
        if (!before) throw new NotFoundError();
        if (before.role === input.role) return;
        await tx.user.update({ where: { id: input.userId }, data: { role: input.role } });
        await audit(tx, ctx, {
          action: 'update',
          entityType: 'User',
          entityId: input.userId,
          changes: { role: [before.role, input.role] },
        });
      });
      return ctx.prisma.user.findUniqueOrThrow({ ...query, where: { id: input.userId } });
    },
  }),
);
