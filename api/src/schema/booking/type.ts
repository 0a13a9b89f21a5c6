import { BookingStatus } from '@naboskab/db';
import { visibleResourceWhere } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import { type Context, coordinates } from '../../context.ts';

export const BookingStatusEnum = builder.enumType(BookingStatus, { name: 'BookingStatus' });

const mayDecide = (ctx: Context, partnershipId: string) => coordinates(ctx, partnershipId);
const isRequester = (ctx: Context, requestedById: string) => ctx.viewer?.userId === requestedById;

export const BookingRef = builder.prismaNode('Booking', {
  id: { field: 'id' },
  nullable: true,
  description:
    "A booked slot of a resource. Anyone who may see the resource sees its bookings' times; who asked is shown only to the requester and the resource's owners.",
  authScopes: { signedIn: true },
  findUnique: async (id, ctx) => ({ id: id, resource: await visibleResourceWhere(ctx) }),
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    status: t.expose('status', { type: BookingStatusEnum }),
    purpose: t.exposeString('purpose'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    sequence: t.exposeInt('sequence', { description: 'Bumped on every change (iCalendar SEQUENCE).' }),
    resource: t.relation('resource'),
    partnership: t.relation('partnership', {
      nullable: true,
      description: 'The partnership the booking is made for.',
    }),
    requesterName: t.string({
      nullable: true,
      description: 'Only for the requester and the owners (personal data).',
      select: {
        requestedById: true,
        resource: { select: { partnershipId: true } },
        requestedBy: { select: { person: { select: { name: true } } } },
      },
      resolve: (b, _args, ctx) =>
        isRequester(ctx, b.requestedById) || mayDecide(ctx, b.resource.partnershipId)
          ? b.requestedBy.person.name
          : null,
    }),
    viewerIsRequester: t.boolean({
      select: { requestedById: true },
      resolve: (b, _args, ctx) => isRequester(ctx, b.requestedById),
    }),
    viewerCanDecide: t.boolean({
      select: { status: true, resource: { select: { partnershipId: true } } },
      resolve: (b, _args, ctx) => b.status === 'REQUESTED' && mayDecide(ctx, b.resource.partnershipId),
    }),
    viewerCanCancel: t.boolean({
      select: { status: true, requestedById: true, endsAt: true },
      resolve: (b, _args, ctx) =>
        isRequester(ctx, b.requestedById) &&
        (b.status === 'REQUESTED' || b.status === 'CONFIRMED') &&
        b.endsAt.getTime() > Date.now(),
    }),
  }),
});
