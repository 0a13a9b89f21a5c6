import { z } from 'zod';
import { globalIdField } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { addPartnershipCoordinator } from '../domain/add-partnership-coordinator.ts';
import { removePartnershipCoordinator } from '../domain/remove-partnership-coordinator.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../errors.ts';
import { PartnershipRef } from './partnership.ts';
import { UserRef } from './user.ts';

// Who coordinates a partnership: administrators assign and remove them (accounts are personal data).
builder.prismaObjectFields('Partnership', (t) => ({
  coordinators: t.field({
    type: [UserRef],
    description: "The partnership's coordinators, longest-serving first. Administrators only.",
    authScopes: { admin: true },
    select: (_args, _ctx, nested) => ({
      coordinators: { select: { user: nested() }, orderBy: [{ since: 'asc' }, { userId: 'asc' }] },
    }),
    resolve: (partnership) => partnership.coordinators.map((c) => c.user),
  }),
}));

const CoordinatorInput = builder.inputType('PartnershipCoordinatorInput', {
  fields: (t) => ({
    partnershipId: t.id({ required: true }),
    userId: t.id({ required: true, description: 'A user with the role COORDINATOR or ADMIN.' }),
  }),
});

const coordinatorInput = z.object({
  partnershipId: globalIdField('Partnership'),
  userId: globalIdField('User'),
});

builder.mutationField('addPartnershipCoordinator', (t) =>
  t.prismaField({
    type: PartnershipRef,
    description: 'Makes a coordinator (or admin) a coordinator of the partnership. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CoordinatorInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'AddPartnershipCoordinatorResult' },
      result: { name: 'AddPartnershipCoordinatorSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { partnershipId, userId } = parseInput(coordinatorInput, args.input);
      await addPartnershipCoordinator(ctx, partnershipId, userId);
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id: partnershipId } });
    },
  }),
);

builder.mutationField('removePartnershipCoordinator', (t) =>
  t.prismaField({
    type: PartnershipRef,
    description: 'Ends a user’s coordination of the partnership. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: CoordinatorInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'RemovePartnershipCoordinatorResult' },
      result: { name: 'RemovePartnershipCoordinatorSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const { partnershipId, userId } = parseInput(coordinatorInput, args.input);
      await removePartnershipCoordinator(ctx, partnershipId, userId);
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id: partnershipId } });
    },
  }),
);
