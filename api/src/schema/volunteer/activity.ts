import { Arena, type Prisma, type PrismaClient, TargetGroup } from '@naboskab/db';
import { z } from 'zod';
import { idOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { coordinates } from '../../context.ts';
import { audit } from '../../domain/audit.ts';
import { InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { GeoPointRef } from '../area.ts';
import { requiredText } from '../fields.ts';
import { ArenaEnum, TargetGroupEnum } from '../partnership.ts';

// An activity of a partnership (e.g. a weekly communal dinner). Published ones are public and
// carry no personal data; unpublished ones are seen only by the partnership's coordinators.
export const ActivityRef = builder.prismaNode('Activity', {
  id: { field: 'id' },
  nullable: true,
  select: { published: true, partnershipId: true },
  authScopes: (activity, ctx) => activity.published || coordinates(ctx, activity.partnershipId),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    arenas: t.expose('arenas', { type: [ArenaEnum] }),
    targetGroups: t.expose('targetGroups', { type: [TargetGroupEnum] }),
    address: t.exposeString('address', { nullable: true }),
    scheduleText: t.exposeString('scheduleText', { description: 'Human-readable, e.g. "Tirsdage 16-18".' }),
    weekdays: t.exposeIntList('weekdays', { description: 'ISO weekdays, 1 = Monday.' }),
    startsOn: t.expose('startsOn', { type: 'Date', nullable: true }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true }),
    published: t.exposeBoolean('published'),
    area: t.relation('area', { nullable: true }),
    partnershipName: t.string({
      select: { partnership: { select: { name: true } } },
      resolve: (activity) => activity.partnership.name,
    }),
    location: t.field({
      type: GeoPointRef,
      nullable: true,
      description: "Where it takes place: its own point, else its area's centre.",
      select: { lat: true, lon: true, area: { select: { centreLat: true, centreLon: true } } },
      resolve: (a) =>
        a.lat !== null && a.lon !== null
          ? { lat: a.lat, lon: a.lon }
          : a.area
            ? { lat: a.area.centreLat, lon: a.area.centreLon }
            : null,
    }),
    opportunities: t.relatedConnection('opportunities', {
      cursor: 'id',
      description: 'Published volunteer opportunities.',
      query: { where: { published: true }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      totalCount: true,
    }),
    allOpportunities: t.relatedConnection('opportunities', {
      cursor: 'id',
      description: 'Every opportunity, published or not: for its coordinators.',
      authScopes: (activity, _args, _ctx) => ({ coordinatorOf: activity.partnershipId }),
      query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      totalCount: true,
    }),
    viewerCanCoordinate: t.boolean({ resolve: (a, _args, ctx) => coordinates(ctx, a.partnershipId) }),
  }),
});

export const ActivityFilter = builder.inputType('ActivityFilter', {
  fields: (t) => ({
    areaId: t.globalID(),
    municipalityCode: t.string(),
    arena: t.field({ type: ArenaEnum }),
    targetGroup: t.field({ type: TargetGroupEnum }),
    weekday: t.int({ description: '1 = Monday … 7 = Sunday.' }),
    search: t.string(),
  }),
});

export const filterSchema = z
  .object({
    municipalityCode: z
      .string()
      .regex(/^\d{4}$/)
      .nullish(),
    weekday: z.number().int().min(1).max(7, { error: 'volunteer.weekday' }).nullish(),
    search: z.string().trim().max(100).nullish(),
  })
  .passthrough()
  .nullish();

type Filter = {
  areaId?: { typename: string; id: string } | null;
  municipalityCode?: string | null;
  arena?: Arena | null;
  targetGroup?: TargetGroup | null;
  weekday?: number | null;
  search?: string | null;
} | null;

/**
 * Published activities matching the public filters (used by opportunities too). Arena and target
 * group are matched in SQL (`= ANY`): the PGlite adapter cannot bind an enum for Prisma's `has`.
 */
export async function activityWhere(
  prisma: PrismaClient,
  filter: Filter | undefined,
): Promise<Prisma.ActivityWhereInput> {
  const f = filter ?? {};
  const tagged =
    f.arena || f.targetGroup
      ? (
          await prisma.$queryRaw<{ id: string }[]>`
            SELECT id FROM "Activity" WHERE published
              AND (${f.arena ?? null}::text IS NULL OR ${f.arena ?? null}::"Arena" = ANY(arenas))
              AND (${f.targetGroup ?? null}::text IS NULL OR ${f.targetGroup ?? null}::"TargetGroup" = ANY("targetGroups"))`
        ).map((row) => row.id)
      : null;
  const search = f.search?.trim();
  return {
    published: true,
    ...(f.areaId
      ? { areaId: f.areaId.typename === 'Area' ? f.areaId.id : '00000000-0000-0000-0000-000000000000' }
      : {}),
    ...(f.municipalityCode ? { area: { municipalityCode: f.municipalityCode } } : {}),
    ...(tagged ? { id: { in: tagged } } : {}),
    ...(f.weekday ? { weekdays: { has: f.weekday } } : {}),
    ...(search
      ? {
          OR: [
            { title: { contains: search, mode: 'insensitive' } },
            { description: { contains: search, mode: 'insensitive' } },
            { address: { contains: search, mode: 'insensitive' } },
            {
              opportunities: { some: { published: true, title: { contains: search, mode: 'insensitive' } } },
            },
          ],
        }
      : {}),
  };
}

builder.queryField('activities', (t) =>
  t.prismaConnection({
    type: 'Activity',
    cursor: 'id',
    description: 'Published activities of area efforts, filtered. Public.',
    args: { filter: t.arg({ type: ActivityFilter, validate: filterSchema }) },
    totalCount: async (_parent, args, ctx) =>
      ctx.prisma.activity.count({ where: await activityWhere(ctx.prisma, args.filter) }),
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.activity.findMany({
        ...query,
        where: await activityWhere(ctx.prisma, args.filter),
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
      }),
  }),
);

builder.prismaObjectField('Partnership', 'volunteerActivities', (t) =>
  t.relatedConnection('activities', {
    cursor: 'id',
    description: 'Every activity of the partnership, published or not: for its coordinators.',
    authScopes: (partnership, _args, _ctx) => ({ coordinatorOf: partnership.id }),
    query: { orderBy: [{ title: 'asc' }, { id: 'asc' }] },
    totalCount: true,
  }),
);

const CreateActivityInput = builder.inputType('CreateActivityInput', {
  fields: (t) => ({
    partnershipId: t.globalID({ required: true }),
    areaId: t.globalID(),
    title: t.string({ required: true }),
    description: t.string(),
    arenas: t.field({ type: [ArenaEnum], required: true }),
    targetGroups: t.field({ type: [TargetGroupEnum], required: true }),
    address: t.string(),
    lat: t.float(),
    lon: t.float(),
    scheduleText: t.string(),
    weekdays: t.intList({ required: true }),
    startsOn: t.field({ type: 'Date' }),
    endsOn: t.field({ type: 'Date' }),
    published: t.boolean({ required: true }),
  }),
});

const createActivityInput = z
  .object({
    title: requiredText(160),
    description: z.string().trim().max(4000).nullish(),
    arenas: z.array(z.enum(Arena)).max(5),
    targetGroups: z.array(z.enum(TargetGroup)).max(8),
    address: z.string().trim().max(300).nullish(),
    lat: z
      .number()
      .min(54.4, { error: 'volunteer.coordinates' })
      .max(57.8, { error: 'volunteer.coordinates' })
      .nullish(),
    lon: z
      .number()
      .min(7.9, { error: 'volunteer.coordinates' })
      .max(15.3, { error: 'volunteer.coordinates' })
      .nullish(),
    scheduleText: z.string().trim().max(200).nullish(),
    weekdays: z
      .array(z.number().int().min(1, { error: 'volunteer.weekday' }).max(7, { error: 'volunteer.weekday' }))
      .max(7),
    startsOn: z.date().nullish(),
    endsOn: z.date().nullish(),
    published: z.boolean(),
  })
  .passthrough()
  .refine((v) => !(v.startsOn && v.endsOn) || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    error: 'volunteer.period',
  })
  .refine((v) => (v.lat == null) === (v.lon == null), { path: ['lon'], error: 'volunteer.coordinates' });

builder.mutationField('createActivity', (t) =>
  t.prismaField({
    type: 'Activity',
    description: 'Adds an activity to a partnership the viewer coordinates.',
    args: { input: t.arg({ type: CreateActivityInput, required: true }) },
    authScopes: async (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Partnership', args.input.partnershipId, 'input.partnershipId'),
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'CreateActivityResult' },
      result: { name: 'CreateActivitySuccess' },
      dataField: { name: 'activity' },
    },
    resolve: async (query, _root, args, ctx) => {
      const partnershipId = idOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId');
      const input = parseInput(createActivityInput, args.input);
      const areaId = args.input.areaId ? idOf(ctx, args.input.areaId, 'Area', 'input.areaId') : null;
      return ctx.prisma.$transaction(async (tx) => {
        const partnership = await tx.partnership.findUnique({
          where: { id: partnershipId },
          select: { areas: { select: { areaId: true } } },
        });
        if (!partnership) throw new NotFoundError();
        if (areaId && !partnership.areas.some((a) => a.areaId === areaId)) {
          throw new InputValidationError([
            { path: ['input', 'areaId'], message: 'volunteer.areaNotInPartnership' },
          ]);
        }
        const activity = await tx.activity.create({
          data: {
            partnershipId,
            areaId,
            title: input.title,
            description: input.description ?? '',
            arenas: input.arenas,
            targetGroups: input.targetGroups,
            address: input.address ?? null,
            lat: input.lat ?? null,
            lon: input.lon ?? null,
            scheduleText: input.scheduleText ?? '',
            weekdays: [...new Set(input.weekdays)].sort(),
            startsOn: input.startsOn ?? null,
            endsOn: input.endsOn ?? null,
            published: input.published,
          },
        });
        await audit(tx, ctx, {
          action: 'activity.create',
          entityType: 'Activity',
          entityId: activity.id,
          partnershipId,
        });
        return tx.activity.findUniqueOrThrow({ ...query, where: { id: activity.id } });
      });
    },
  }),
);

const SetActivityPublishedInput = builder.inputType('SetActivityPublishedInput', {
  fields: (t) => ({ activityId: t.globalID({ required: true }), published: t.boolean({ required: true }) }),
});

builder.mutationField('setActivityPublished', (t) =>
  t.prismaField({
    type: 'Activity',
    description: 'Publishes an activity (public on the volunteer map) or takes it down.',
    args: { input: t.arg({ type: SetActivityPublishedInput, required: true }) },
    authScopes: async (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Activity', args.input.activityId, 'input.activityId'),
    errors: {
      types: [NotFoundError],
      union: { name: 'SetActivityPublishedResult' },
      result: { name: 'SetActivityPublishedSuccess' },
      dataField: { name: 'activity' },
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.activityId, 'Activity', 'input.activityId');
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.activity.findUnique({ where: { id } });
        if (!before) throw new NotFoundError();
        await tx.activity.update({ where: { id }, data: { published: args.input.published } });
        await audit(tx, ctx, {
          action: 'activity.publish',
          entityType: 'Activity',
          entityId: id,
          partnershipId: before.partnershipId,
          changes: { published: [before.published, args.input.published] },
        });
        return tx.activity.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
);
