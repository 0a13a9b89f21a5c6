import { z } from 'zod';
import { ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { dateWithin } from '../../date-bounds.ts';
import { bookResource } from '../../domain/booking/book-resource.ts';
import { cancelBooking } from '../../domain/booking/cancel-booking.ts';
import { decideBooking } from '../../domain/booking/decide-booking.ts';
import {
  ConflictError,
  InputValidationError,
  NotAllowedError,
  NotFoundError,
  parseInput,
} from '../../errors.ts';
import { requiredText } from '../fields.ts';
import { ResourceRef } from '../resource/type.ts';
import { BookingRef } from './type.ts';

const DAY_MS = 86_400_000;

const BookResourceInput = builder.inputType('BookResourceInput', {
  fields: (t) => ({
    resourceId: t.globalID({ required: true, for: ResourceRef }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    purpose: t.string({ required: true }),
  }),
});

const bookResourceInput = z
  .object({
    startsAt: dateWithin('booking'),
    endsAt: z.date(),
    purpose: requiredText(300),
  })
  .refine((b) => b.endsAt > b.startsAt, { error: 'booking.endsBeforeStart', path: ['endsAt'] })
  .refine((b) => b.endsAt.getTime() - b.startsAt.getTime() <= 14 * DAY_MS, {
    error: 'booking.tooLong',
    path: ['endsAt'],
  });

builder.mutationField('bookResource', (t) =>
  t.prismaField({
    type: 'Booking',
    description:
      'Books a slot (Copenhagen opening hours apply): CONFIRMED at once, or REQUESTED when the resource needs approval. Volunteers and the ministry cannot book.',
    args: { input: t.arg({ type: BookResourceInput, required: true }) },
    authScopes: { coordinator: true, admin: true },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError, NotAllowedError],
      union: { name: 'BookResourceResult' },
      result: { name: 'BookResourceSuccess' },
      dataField: { name: 'booking' },
    },
    resolve: async (query, _root, args, ctx) => {
      const input = parseInput(bookResourceInput, args.input);
      const booking = await bookResource(ctx, { ...input, resourceId: args.input.resourceId.id });
      return ctx.prisma.booking.findUniqueOrThrow({ ...query, where: { id: booking.id } });
    },
  }),
);

const BookingIdInput = builder.inputType('DecideBookingInput', {
  fields: (t) => ({ bookingId: t.globalID({ required: true, for: BookingRef }) }),
});
const CancelBookingInput = builder.inputType('CancelBookingInput', {
  fields: (t) => ({ bookingId: t.globalID({ required: true, for: BookingRef }) }),
});

for (const [name, decision, description] of [
  ['approveBooking', 'CONFIRMED', 'The owner confirms a requested booking (refused if it now clashes).'],
  ['declineBooking', 'DECLINED', 'The owner declines a requested booking.'],
] as const) {
  const typeName = name === 'approveBooking' ? 'ApproveBooking' : 'DeclineBooking';
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: 'Booking',
      description,
      args: { input: t.arg({ type: BookingIdInput, required: true }) },
      // Owners are the coordinators of the resource's partnership.
      authScopes: (_root, args, ctx) =>
        ownerScope(ctx, 'coordinatorOf', 'Booking', args.input.bookingId, 'input.bookingId'),
      errors: {
        types: [NotFoundError, ConflictError],
        union: { name: `${typeName}Result` },
        result: { name: `${typeName}Success` },
        dataField: { name: 'booking' },
      },
      resolve: async (query, _root, args, ctx) => {
        const booking = await decideBooking(ctx, args.input.bookingId.id, decision);
        return ctx.prisma.booking.findUniqueOrThrow({ ...query, where: { id: booking.id } });
      },
    }),
  );
}

builder.mutationField('cancelBooking', (t) =>
  t.prismaField({
    type: 'Booking',
    description: 'The requester cancels their own booking before it ends.',
    args: { input: t.arg({ type: CancelBookingInput, required: true }) },
    authScopes: { coordinator: true, admin: true },
    errors: {
      types: [NotFoundError, ConflictError],
      union: { name: 'CancelBookingResult' },
      result: { name: 'CancelBookingSuccess' },
      dataField: { name: 'booking' },
    },
    resolve: async (query, _root, args, ctx) => {
      const booking = await cancelBooking(ctx, args.input.bookingId.id);
      return ctx.prisma.booking.findUniqueOrThrow({ ...query, where: { id: booking.id } });
    },
  }),
);
