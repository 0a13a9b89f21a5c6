import { HoursStatus } from '@naboskab/db';
import { z } from 'zod';
import { idOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { coordinates } from '../../context.ts';
import { audit } from '../../domain/audit.ts';
import { logVolunteerHours } from '../../domain/log-volunteer-hours.ts';
import {
  ConflictError,
  InputValidationError,
  NotAllowedError,
  NotFoundError,
  parseInput,
} from '../../errors.ts';
import { notifyHoursDecided } from '../../notifications/events/hours.ts';
import { ActivityRef } from './activity.ts';
import { VolunteerRef } from './sign-up.ts';

const HoursStatusEnum = builder.enumType(HoursStatus, { name: 'HoursStatus' });

builder.prismaNode('VolunteerHours', {
  id: { field: 'id' },
  nullable: true,
  description: 'Hours a volunteer logged on an activity, for approval.',
  select: { personId: true, activity: { select: { partnershipId: true } } },
  authScopes: (h, ctx) =>
    (!!ctx.viewer && h.personId === ctx.viewer.personId) || coordinates(ctx, h.activity.partnershipId),
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    hours: t.float({ select: { hours: true }, resolve: (h) => Number(h.hours) }),
    note: t.exposeString('note'),
    status: t.expose('status', { type: HoursStatusEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    activity: t.relation('activity', { type: ActivityRef }),
    volunteer: t.relation('person', { type: VolunteerRef, nullable: true, description: 'Null once erased.' }),
  }),
});

builder.queryField('myVolunteerHours', (t) =>
  t.prismaConnection({
    type: 'VolunteerHours',
    cursor: 'id',
    description: "The viewer's own logged hours, newest date first.",
    authScopes: { signedIn: true },
    totalCount: (_p, _a, ctx) =>
      ctx.prisma.volunteerHours.count({ where: { personId: ctx.viewer?.personId ?? '' } }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.volunteerHours.findMany({
        ...query,
        where: { personId: ctx.viewer?.personId ?? '' },
        orderBy: [{ date: 'desc' }, { createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

builder.prismaObjectField('Partnership', 'volunteerHours', (t) =>
  t.prismaConnection({
    type: 'VolunteerHours',
    cursor: 'id',
    description: "Hours logged on the partnership's activities: for its coordinators.",
    authScopes: (p, _args, _ctx) => ({ coordinatorOf: p.id }),
    args: { status: t.arg({ type: HoursStatusEnum }) },
    totalCount: (p, args, ctx) => ctx.prisma.volunteerHours.count({ where: hoursOf(p.id, args.status) }),
    resolve: (query, p, args, ctx) =>
      ctx.prisma.volunteerHours.findMany({
        ...query,
        where: hoursOf(p.id, args.status),
        orderBy: [{ date: 'asc' }, { id: 'asc' }],
      }),
  }),
);

function hoursOf(partnershipId: string, status?: HoursStatus | null) {
  return { activity: { partnershipId }, ...(status ? { status } : {}) };
}

interface ActivityHours {
  activityId: string;
  approvedHours: number;
  pendingHours: number;
}

const ActivityHoursRef = builder.objectRef<ActivityHours>('ActivityHours').implement({
  description: 'Hours on one activity (totals only: no person).',
  fields: (t) => ({
    activity: t.prismaField({
      type: 'Activity',
      resolve: (query, row, _args, ctx) =>
        ctx.prisma.activity.findUniqueOrThrow({ ...query, where: { id: row.activityId } }),
    }),
    approvedHours: t.exposeFloat('approvedHours'),
    pendingHours: t.exposeFloat('pendingHours'),
  }),
});

const HoursSummaryRef = builder
  .objectRef<{ approvedHours: number; pendingHours: number; activities: ActivityHours[] }>(
    'VolunteerHoursSummary',
  )
  .implement({
    fields: (t) => ({
      approvedHours: t.exposeFloat('approvedHours'),
      pendingHours: t.exposeFloat('pendingHours'),
      activities: t.field({ type: [ActivityHoursRef], resolve: (s) => s.activities }),
    }),
  });

builder.prismaObjectFields('Partnership', (t) => ({
  volunteerHoursSummary: t.field({
    type: HoursSummaryRef,
    description: 'Hours per activity and for the whole partnership (rejected hours excluded).',
    authScopes: (p, _args, _ctx) => ({ coordinatorOf: p.id, ministry: true }),
    resolve: async (p, _args, ctx) => {
      const groups = await ctx.prisma.volunteerHours.groupBy({
        by: ['activityId', 'status'],
        where: { activity: { partnershipId: p.id }, status: { in: ['APPROVED', 'PENDING'] } },
        _sum: { hours: true },
      });
      const byActivity = new Map<string, ActivityHours>();
      for (const g of groups) {
        const row = byActivity.get(g.activityId) ?? {
          activityId: g.activityId,
          approvedHours: 0,
          pendingHours: 0,
        };
        const sum = Number(g._sum.hours ?? 0);
        if (g.status === 'APPROVED') row.approvedHours += sum;
        else row.pendingHours += sum;
        byActivity.set(g.activityId, row);
      }
      const activities = [...byActivity.values()].sort((a, b) => b.approvedHours - a.approvedHours);
      return {
        approvedHours: activities.reduce((sum, a) => sum + a.approvedHours, 0),
        pendingHours: activities.reduce((sum, a) => sum + a.pendingHours, 0),
        activities,
      };
    },
  }),
}));

/** Today's date in Denmark, as the Date scalar carries it (midnight UTC). */
function copenhagenToday(): Date {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  return new Date(`${day}T00:00:00Z`);
}

const LogHoursInput = builder.inputType('LogVolunteerHoursInput', {
  fields: (t) => ({
    activityId: t.globalID({ required: true }),
    date: t.field({ type: 'Date', required: true }),
    hours: t.float({ required: true, description: 'More than 0, at most 24 a day in total.' }),
    note: t.string(),
  }),
});

const logHoursInput = z
  .object({
    date: z
      .date()
      .refine((d) => d.getTime() <= copenhagenToday().getTime(), { error: 'volunteer.hoursFuture' }),
    hours: z
      .number()
      .gt(0, { error: 'volunteer.hoursRange' })
      .max(24, { error: 'volunteer.hoursRange' })
      .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, { error: 'volunteer.hoursRange' }),
    note: z.string().trim().max(500).nullish(),
  })
  .passthrough();

builder.mutationField('logVolunteerHours', (t) =>
  t.prismaField({
    type: 'VolunteerHours',
    description: 'Logs hours on an activity the volunteer is approved for (status PENDING).',
    authScopes: { volunteer: true },
    args: { input: t.arg({ type: LogHoursInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'LogVolunteerHoursResult' },
      result: { name: 'LogVolunteerHoursSuccess' },
      dataField: { name: 'hours' },
    },
    resolve: async (query, _root, args, ctx) => {
      const input = parseInput(logHoursInput, args.input);
      const activityId = idOf(ctx, args.input.activityId, 'Activity', 'input.activityId');
      const personId = ctx.viewer?.personId as string;
      const id = await logVolunteerHours(ctx, personId, { ...input, activityId, note: input.note ?? '' });
      return ctx.prisma.volunteerHours.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

const HoursDecisionEnum = builder.enumType('HoursDecision', { values: ['APPROVED', 'REJECTED'] as const });

const DecideHoursInput = builder.inputType('DecideVolunteerHoursInput', {
  fields: (t) => ({
    hoursIds: t.globalIDList({ required: true, description: 'One or more (at most 100).' }),
    decision: t.field({ type: HoursDecisionEnum, required: true }),
  }),
});

const decideInput = z
  .object({ hoursIds: z.array(z.unknown()).min(1, { error: 'field.required' }).max(100) })
  .passthrough();

builder.mutationField('decideVolunteerHours', (t) =>
  t.prismaField({
    type: ['VolunteerHours'],
    description: 'Approves or rejects logged hours, one or many at once; all or nothing.',
    args: { input: t.arg({ type: DecideHoursInput, required: true }) },
    authScopes: async (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'VolunteerHours', args.input.hoursIds, 'input.hoursIds'),
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'DecideVolunteerHoursResult' },
      result: { name: 'DecideVolunteerHoursSuccess' },
      dataField: { name: 'hours' },
    },
    resolve: async (query, _root, args, ctx) => {
      parseInput(decideInput, args.input);
      const ids = [
        ...new Set(args.input.hoursIds.map((gid) => idOf(ctx, gid, 'VolunteerHours', 'input.hoursIds'))),
      ];
      const decision = args.input.decision;
      return ctx.prisma.$transaction(async (tx) => {
        const rows = await tx.volunteerHours.findMany({
          where: { id: { in: ids } },
          include: { activity: { select: { partnershipId: true } } },
        });
        if (rows.length !== ids.length) throw new NotFoundError();
        if (rows.some((h) => h.status !== 'PENDING')) throw new ConflictError('volunteer.alreadyDecided');
        // Conditional on PENDING: of two decisions at once the second waits for the first and
        // then finds nothing to change, so it is refused instead of overwriting it.
        const { count } = await tx.volunteerHours.updateMany({
          where: { id: { in: ids }, status: 'PENDING' },
          data: { status: decision, decidedAt: new Date() },
        });
        if (count !== ids.length) throw new ConflictError('volunteer.alreadyDecided');
        await notifyHoursDecided(tx, ids, decision);
        for (const h of rows) {
          await audit(tx, ctx, {
            action: decision === 'APPROVED' ? 'hours.approve' : 'hours.reject',
            entityType: 'VolunteerHours',
            entityId: h.id,
            partnershipId: h.activity.partnershipId,
            changes: { status: [h.status, decision] },
          });
        }
        return tx.volunteerHours.findMany({
          ...query,
          where: { id: { in: ids } },
          orderBy: [{ date: 'asc' }, { id: 'asc' }],
        });
      });
    },
  }),
);
