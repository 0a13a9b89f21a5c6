import type { BookingStatus, Prisma } from '@naboskab/db';
import { z } from 'zod';
import { heldPartnershipsWhere } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { ResourceRef } from '../resource/type.ts';
import { BookingStatusEnum } from './type.ts';

const DAY_MS = 86_400_000;
const bookers = { coordinator: true, admin: true } as const;

builder.prismaObjectField('Resource', 'bookings', (t) =>
  t.relatedConnection('bookings', {
    cursor: 'id',
    description:
      'Bookings overlapping [from, to) (at most 31 days; a week view asks for a week), requested and confirmed by default.',
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true }),
      statuses: t.arg({ type: [BookingStatusEnum] }),
    },
    validate: z
      .looseObject({ from: z.date(), to: z.date() })
      .refine((a) => a.to > a.from && a.to.getTime() - a.from.getTime() <= 31 * DAY_MS, {
        error: 'booking.endsBeforeStart',
        path: ['to'],
      }),
    totalCount: true,
    query: (args) => ({
      where: {
        startsAt: { lt: args.to },
        endsAt: { gt: args.from },
        status: { in: (args.statuses ?? ['REQUESTED', 'CONFIRMED']) as BookingStatus[] },
      },
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    }),
  }),
);

builder.queryField('myBookings', (t) =>
  t.prismaConnection({
    type: 'Booking',
    cursor: 'id',
    description:
      "The viewer's bookings: upcoming (not yet ended) first by start, or past ones, latest first.",
    authScopes: bookers,
    args: { past: t.arg.boolean({ defaultValue: false }) },
    totalCount: (_parent, args, ctx) => ctx.prisma.booking.count({ where: myWhere(ctx, args.past) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.booking.findMany({
        ...query,
        where: myWhere(ctx, args.past),
        orderBy: args.past ? [{ startsAt: 'desc' }, { id: 'desc' }] : [{ startsAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);

function myWhere(ctx: Context, past: boolean | null | undefined): Prisma.BookingWhereInput {
  const now = new Date();
  return { requestedById: ctx.viewer?.userId, endsAt: past ? { lte: now } : { gt: now } };
}

builder.queryField('bookingRequests', (t) =>
  t.prismaConnection({
    type: 'Booking',
    cursor: 'id',
    description:
      'Requested bookings, not yet started, of resources whose partnership the viewer coordinates.',
    authScopes: bookers,
    args: { resourceId: t.arg.globalID({ for: ResourceRef }) },
    totalCount: (_parent, args, ctx) =>
      ctx.prisma.booking.count({ where: requestsWhere(ctx, args.resourceId) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.booking.findMany({
        ...query,
        where: requestsWhere(ctx, args.resourceId),
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);

function requestsWhere(
  ctx: Context,
  resourceId: { id: string } | null | undefined,
): Prisma.BookingWhereInput {
  const held = heldPartnershipsWhere(ctx, 'coordinatorOf');
  return {
    status: 'REQUESTED',
    startsAt: { gt: new Date() },
    ...(resourceId ? { resourceId: resourceId.id } : {}),
    ...(held ? { resource: { partnership: held } } : {}),
  };
}
