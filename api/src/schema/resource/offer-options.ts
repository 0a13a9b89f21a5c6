import { heldPartnershipsWhere } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';

// What the offer form needs: the partnerships the viewer coordinates, with their member
// organisations (possible owners) and areas.
builder.queryField('resourceOfferPartnerships', (t) =>
  t.prismaConnection({
    type: 'Partnership',
    cursor: 'id',
    description: 'Partnerships in which the viewer may offer resources (those they coordinate).',
    authScopes: { coordinator: true, admin: true },
    totalCount: (_parent, _args, ctx) =>
      ctx.prisma.partnership.count({ where: heldPartnershipsWhere(ctx, 'coordinatorOf') ?? {} }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.partnership.findMany({
        ...query,
        where: heldPartnershipsWhere(ctx, 'coordinatorOf') ?? {},
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
);

builder.prismaObjectField('Partnership', 'resourceOwnerOptions', (t) =>
  t.prismaField({
    type: ['Organisation'],
    description: 'Member organisations that may own a resource offered in this partnership.',
    authScopes: (partnership) => ({ coordinatorOf: partnership.id }),
    resolve: (query, partnership, _args, ctx) =>
      ctx.prisma.organisation.findMany({
        ...query,
        where: { memberships: { some: { partnershipId: partnership.id } } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
);
