import { type Prisma, Role } from '@naboskab/db';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { OrganisationRef } from './organisation.ts';

export const UserRoleEnum = builder.enumType(Role, { name: 'UserRole' });
const RoleEnum = UserRoleEnum;

const UserStatusEnum = builder.enumType('UserStatus', {
  values: { ACTIVE: {}, DEACTIVATED: { description: 'Cannot sign in; history keeps the name.' } },
});

// Accounts, for the administrators' role management. Admins only: it is personal data.
export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { admin: true },
  fields: (t) => ({
    email: t.exposeString('email'),
    role: t.expose('role', { type: RoleEnum }),
    disabled: t.boolean({ select: { disabledAt: true }, resolve: (u) => u.disabledAt !== null }),
    status: t.field({
      type: UserStatusEnum,
      select: { disabledAt: true },
      resolve: (u) => (u.disabledAt ? 'DEACTIVATED' : 'ACTIVE'),
    }),
    emailVerified: t.boolean({
      select: { emailVerifiedAt: true },
      resolve: (u) => u.emailVerifiedAt !== null,
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      select: (_args, _ctx, nested) => ({ person: { select: { organisation: nested() } } }),
      resolve: (u) => u.person.organisation,
    }),
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
    description:
      'Accounts by e-mail, filtered by role, organisation, status and a search in name or e-mail. Administrators only.',
    authScopes: { admin: true },
    args: {
      role: t.arg({ type: RoleEnum }),
      organisationId: t.arg.globalID({ for: OrganisationRef }),
      status: t.arg({ type: UserStatusEnum }),
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

interface UserFilter {
  role?: Role | null;
  organisationId?: { id: string } | null;
  status?: 'ACTIVE' | 'DEACTIVATED' | null;
  search?: string | null;
}

function userWhere(args: UserFilter): Prisma.UserWhereInput {
  return {
    ...(args.role ? { role: args.role } : {}),
    ...(args.organisationId ? { person: { organisationId: args.organisationId.id } } : {}),
    ...(args.status ? { disabledAt: args.status === 'ACTIVE' ? null : { not: null } } : {}),
    ...(args.search
      ? {
          OR: [
            { email: { contains: args.search, mode: 'insensitive' } },
            { person: { is: { name: { contains: args.search, mode: 'insensitive' } } } },
          ],
        }
      : {}),
  };
}
