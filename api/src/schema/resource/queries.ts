import type { Prisma } from '@naboskab/db';
import { z } from 'zod';
import { visibleResourceWhere } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { checkAvailability } from '../../domain/resource/check-availability.ts';
import { AreaRef } from '../area.ts';
import { PartnershipRef } from '../partnership.ts';
import { ResourceAudienceEnum, ResourceKindEnum, ResourceRef } from './type.ts';

const DAY_MS = 86_400_000;
// Seeing resources is for people who may take part; the ministry sees none.
const readers = { coordinator: true, admin: true, volunteer: true } as const;

interface Filters {
  kind?: string | null;
  audience?: string | null;
  areaId?: { id: string } | null;
  partnershipId?: { id: string } | null;
  search?: string | null;
  freeFrom?: Date | null;
  freeTo?: Date | null;
}

builder.queryField('resources', (t) =>
  t.prismaConnection({
    type: 'Resource',
    cursor: 'id',
    description:
      'Resources the viewer may see, by title; filtered by kind, area, partnership, free text and a wanted slot (freeFrom–freeTo: only resources open and not booked in it).',
    authScopes: readers,
    args: {
      kind: t.arg({ type: ResourceKindEnum }),
      audience: t.arg({ type: ResourceAudienceEnum }),
      areaId: t.arg.globalID({ for: AreaRef }),
      partnershipId: t.arg.globalID({ for: PartnershipRef }),
      search: t.arg.string({ validate: z.string().trim().max(100).nullish() }),
      freeFrom: t.arg({ type: 'DateTime' }),
      freeTo: t.arg({ type: 'DateTime' }),
    },
    validate: z
      .looseObject({ freeFrom: z.date().nullish(), freeTo: z.date().nullish() })
      .refine((a) => (a.freeFrom == null) === (a.freeTo == null), {
        error: 'resource.slotIncomplete',
        path: ['freeTo'],
      })
      .refine((a) => !a.freeFrom || !a.freeTo || a.freeTo > a.freeFrom, {
        error: 'booking.endsBeforeStart',
        path: ['freeTo'],
      })
      .refine((a) => !a.freeFrom || !a.freeTo || a.freeTo.getTime() - a.freeFrom.getTime() <= 14 * DAY_MS, {
        error: 'booking.tooLong',
        path: ['freeTo'],
      }),
    totalCount: async (_parent, args, ctx) =>
      ctx.prisma.resource.count({ where: await resourceWhere(ctx, args) }),
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.resource.findMany({
        ...query,
        where: await resourceWhere(ctx, args),
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
      }),
  }),
);

builder.queryField('resource', (t) =>
  t.prismaField({
    type: 'Resource',
    nullable: true,
    description: 'One resource, or null when it does not exist or the viewer may not see it.',
    authScopes: readers,
    args: { id: t.arg.globalID({ for: ResourceRef, required: true }) },
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.resource.findFirst({
        ...query,
        where: { AND: [{ id: args.id.id }, await visibleResourceWhere(ctx)] },
      }),
  }),
);

const SearchOptionsRef = builder
  .objectRef<{ areaIds: string[]; partnershipIds: string[] }>('ResourceSearchOptions')
  .implement({
    description: 'The areas and partnerships that have resources the viewer may see (for filters).',
    fields: (t) => ({
      areas: t.prismaField({
        type: [AreaRef],
        resolve: (query, parent, _args, ctx) =>
          ctx.prisma.area.findMany({
            ...query,
            where: { id: { in: parent.areaIds } },
            orderBy: { name: 'asc' },
          }),
      }),
      partnerships: t.prismaField({
        type: [PartnershipRef],
        resolve: (query, parent, _args, ctx) =>
          ctx.prisma.partnership.findMany({
            ...query,
            where: { id: { in: parent.partnershipIds } },
            orderBy: { name: 'asc' },
          }),
      }),
    }),
  });

builder.queryField('resourceSearchOptions', (t) =>
  t.field({
    type: SearchOptionsRef,
    authScopes: readers,
    resolve: async (_root, _args, ctx) => {
      const where = await visibleResourceWhere(ctx);
      const [areas, partnerships] = await Promise.all([
        ctx.prisma.resource.findMany({ where, distinct: ['areaId'], select: { areaId: true } }),
        ctx.prisma.resource.findMany({ where, distinct: ['partnershipId'], select: { partnershipId: true } }),
      ]);
      return {
        areaIds: areas.flatMap((r) => (r.areaId ? [r.areaId] : [])),
        partnershipIds: partnerships.map((r) => r.partnershipId),
      };
    },
  }),
);

async function resourceWhere(ctx: Context, args: Filters): Promise<Prisma.ResourceWhereInput> {
  const filters: Prisma.ResourceWhereInput[] = [await visibleResourceWhere(ctx), { withdrawnAt: null }];
  if (args.kind) filters.push({ kind: args.kind as Prisma.EnumResourceKindFilter['equals'] });
  if (args.audience) filters.push({ audience: args.audience as Prisma.EnumResourceAudienceFilter['equals'] });
  if (args.areaId) filters.push({ areaId: args.areaId.id });
  if (args.partnershipId) filters.push({ partnershipId: args.partnershipId.id });
  if (args.search)
    filters.push({
      OR: [
        { title: { contains: args.search, mode: 'insensitive' } },
        { description: { contains: args.search, mode: 'insensitive' } },
        { address: { contains: args.search, mode: 'insensitive' } },
      ],
    });
  if (args.freeFrom && args.freeTo) {
    const slot = { startsAt: args.freeFrom, endsAt: args.freeTo };
    filters.push({
      bookings: {
        none: { status: 'CONFIRMED', startsAt: { lt: slot.endsAt }, endsAt: { gt: slot.startsAt } },
      },
    });
    filters.push({ id: { in: await openDuring(ctx, filters, slot) } });
  }
  return { AND: filters };
}

// Opening hours are wall-clock rules with exceptions: evaluated here, over the candidates that
// pass every other filter, so paging and counts stay exact.
async function openDuring(
  ctx: Context,
  filters: Prisma.ResourceWhereInput[],
  slot: { startsAt: Date; endsAt: Date },
): Promise<string[]> {
  const candidates = await ctx.prisma.resource.findMany({
    where: { AND: filters },
    select: {
      id: true,
      openingHours: { select: { weekday: true, opensAt: true, closesAt: true } },
      exceptions: {
        where: {
          date: {
            gte: new Date(slot.startsAt.getTime() - DAY_MS),
            lte: new Date(slot.endsAt.getTime() + DAY_MS),
          },
        },
      },
    },
  });
  return candidates.filter((r) => checkAvailability(r, slot.startsAt, slot.endsAt).ok).map((r) => r.id);
}
