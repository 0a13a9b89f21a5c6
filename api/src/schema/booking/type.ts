import { BookingStatus } from '@naboskab/db';
import {
  bookingDetailsAccess,
  bookingPartiesSelect,
  visibleResourceWhere,
} from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import { type Context, coordinates } from '../../context.ts';
import { PartnershipRef } from '../partnership.ts';

export const BookingStatusEnum = builder.enumType(BookingStatus, { name: 'BookingStatus' });

const mayDecide = (ctx: Context, partnershipId: string) => coordinates(ctx, partnershipId);
const isRequester = (ctx: Context, requestedById: string) => ctx.viewer?.userId === requestedById;

export const BookingRef = builder.prismaNode('Booking', {
  id: { field: 'id' },
  nullable: true,
  description:
    "A booked slot of a resource. Anyone who may see the resource sees its bookings' times and status; why and for whom (purpose, requesterName, partnership) only the requester, the resource's owners (its partnership's coordinators) and admins, others get null.",
  authScopes: { signedIn: true },
  findUnique: async (id, ctx) => ({ id: id, resource: await visibleResourceWhere(ctx) }),
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    status: t.expose('status', { type: BookingStatusEnum }),
    purpose: t.string({
      ...bookingDetailsAccess,
      description:
        'What the booking is for (free text). Null unless the viewer is the requester or an owner.',
      select: { ...bookingPartiesSelect, purpose: true },
      resolve: (b) => b.purpose,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    sequence: t.exposeInt('sequence', { description: 'Bumped on every change (iCalendar SEQUENCE).' }),
    resource: t.relation('resource'),
    partnership: t.field({
      type: PartnershipRef,
      ...bookingDetailsAccess,
      description:
        'The partnership the booking is made for. Null unless the viewer is the requester or an owner (or when none).',
      // An object, not nestedSelection: a select function is inferred after authScopes is checked.
      select: { ...bookingPartiesSelect, partnership: true },
      resolve: (b) => b.partnership,
    }),
    requesterName: t.string({
      ...bookingDetailsAccess,
      description: 'Who asked (personal data). Null unless the viewer is the requester or an owner.',
      select: { ...bookingPartiesSelect, requestedBy: { select: { person: { select: { name: true } } } } },
      resolve: (b) => b.requestedBy.person.name,
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
