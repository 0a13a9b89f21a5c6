import { MeetingStatus } from '@naboskab/db';
import { z } from 'zod';
import { idOf, optionalIdOf, ownerScope } from '../../auth/partnership-access.ts';
import { visibleMeetingWhere } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { coordinates } from '../../context.ts';
import { dateWithin } from '../../date-bounds.ts';
import { planMeeting } from '../../domain/meeting/plan-meeting.ts';
import { setMeetingStatus, updateMeeting } from '../../domain/meeting/update-meeting.ts';
import { placeText } from '../../domain/place-text.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../../errors.ts';
import { requiredText } from '../fields.ts';
import { PartnershipRef } from '../partnership.ts';

export const MeetingStatusEnum = builder.enumType(MeetingStatus, { name: 'MeetingStatus' });

export const MeetingRef = builder.prismaNode('Meeting', {
  id: { field: 'id' },
  nullable: true,
  description: "A joint meeting of a partnership's members.",
  authScopes: (meeting) => ({ memberOf: meeting.partnershipId }),
  fields: (t) => ({
    title: t.exposeString('title'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    timeZone: t.exposeString('timeZone'),
    address: t.exposeString('address', { nullable: true }),
    onlineUrl: t.exposeString('onlineUrl', { nullable: true }),
    status: t.expose('status', { type: MeetingStatusEnum }),
    sequence: t.exposeInt('sequence', { description: 'iCalendar SEQUENCE.' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    partnership: t.relation('partnership'),
    bookingId: t.globalID({
      nullable: true,
      resolve: (m) => (m.bookingId ? { type: 'Booking', id: m.bookingId } : null),
    }),
    room: t.string({
      nullable: true,
      description: 'Title and address of the booked room.',
      select: { booking: { select: { resource: { select: { title: true, address: true } } } } },
      resolve: (m) => (m.booking ? placeText([m.booking.resource.title, m.booking.resource.address]) : null),
    }),
    viewerCanEdit: t.boolean({ resolve: (m, _args, ctx) => coordinates(ctx, m.partnershipId) }),
    agendaItems: t.relatedConnection('agendaItems', {
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ position: 'asc' }, { id: 'asc' }] },
    }),
  }),
});

const MeetingWhenEnum = builder.enumType('MeetingWhen', { values: ['UPCOMING', 'PAST'] as const });

builder.prismaObjectField(PartnershipRef, 'meetings', (t) =>
  t.relatedConnection('meetings', {
    cursor: 'id',
    totalCount: true,
    description: 'Meetings of the partnership: upcoming soonest first, past latest first.',
    authScopes: (partnership) => ({ memberOf: partnership.id }),
    args: { when: t.arg({ type: MeetingWhenEnum, required: true }) },
    query: (args) => {
      const now = new Date();
      return args.when === 'UPCOMING'
        ? { where: { endsAt: { gte: now } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }] }
        : { where: { endsAt: { lt: now } }, orderBy: [{ startsAt: 'desc' }, { id: 'asc' }] };
    },
  }),
);

builder.queryField('meeting', (t) =>
  t.prismaField({
    type: MeetingRef,
    nullable: true,
    description: 'One meeting; null when it does not exist or the viewer may not see it.',
    authScopes: { signedIn: true },
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      args.id.typename === 'Meeting'
        ? ctx.prisma.meeting.findFirst({ ...query, where: { id: args.id.id, ...visibleMeetingWhere(ctx) } })
        : null,
  }),
);

const httpsUrl = z
  .string()
  .trim()
  .max(500)
  .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
    error: 'meeting.onlineUrlInvalid',
  });
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish());

const meetingFields = z
  .object({
    title: requiredText(200),
    startsAt: dateWithin('meeting'),
    endsAt: z.date(),
    address: optional(z.string().trim().max(300)),
    onlineUrl: optional(httpsUrl),
    bookingId: z.unknown().optional(),
  })
  .superRefine((v, issue) => {
    if (v.endsAt <= v.startsAt)
      issue.addIssue({ code: 'custom', path: ['endsAt'], message: 'meeting.endBeforeStart' });
    if (!v.address && !v.onlineUrl && !v.bookingId) {
      issue.addIssue({ code: 'custom', path: ['address'], message: 'meeting.placeRequired' });
    }
  });

const fieldsOf = (ctx: Context, input: unknown) => {
  const parsed = parseInput(meetingFields, input);
  return {
    title: parsed.title,
    startsAt: parsed.startsAt,
    endsAt: parsed.endsAt,
    address: parsed.address ?? null,
    onlineUrl: parsed.onlineUrl ?? null,
    bookingId: optionalIdOf(ctx, parsed.bookingId as string, 'Booking', 'input.bookingId'),
  };
};

const PlanMeetingInput = builder.inputType('PlanMeetingInput', {
  fields: (t) => ({
    partnershipId: t.globalID({ required: true }),
    title: t.string({ required: true }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'UTC instant.' }),
    endsAt: t.field({ type: 'DateTime', required: true, description: 'UTC instant, after startsAt.' }),
    address: t.string(),
    onlineUrl: t.string({ description: 'An https URL.' }),
    bookingId: t.globalID({ description: 'A CONFIRMED booking covering the meeting.' }),
  }),
});

const UpdateMeetingInput = builder.inputType('UpdateMeetingInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    title: t.string({ required: true }),
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
    address: t.string(),
    onlineUrl: t.string(),
    bookingId: t.globalID(),
  }),
});

const MeetingIdInput = builder.inputType('MeetingIdInput', {
  fields: (t) => ({ meetingId: t.globalID({ required: true }) }),
});

builder.mutationField('planMeeting', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Plans a meeting of a partnership (coordinators).',
    args: { input: t.arg({ type: PlanMeetingInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Partnership', args.input.partnershipId, 'input.partnershipId'),
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'PlanMeetingResult' },
      result: { name: 'PlanMeetingSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: async (_root, args, ctx) => {
      const partnershipId = idOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId');
      const fields = fieldsOf(ctx, args.input);
      const exists = await ctx.prisma.partnership.count({ where: { id: partnershipId } });
      if (!exists) throw new NotFoundError();
      return planMeeting(ctx, partnershipId, fields);
    },
  }),
);

builder.mutationField('updateMeeting', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Changes title, time or place; SEQUENCE rises when time or place changes.',
    args: { input: t.arg({ type: UpdateMeetingInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'UpdateMeetingResult' },
      result: { name: 'UpdateMeetingSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) =>
      updateMeeting(
        ctx,
        idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId'),
        fieldsOf(ctx, args.input),
      ),
  }),
);

for (const [name, status, description] of [
  ['closeMeeting', 'CLOSED', 'Closes the meeting: the minutes become final and readable by members.'],
  ['cancelMeeting', 'CANCELLED', 'Cancels the meeting (calendar feeds show STATUS:CANCELLED).'],
  ['reopenMeeting', 'PLANNED', 'Reopens a meeting closed by mistake: the record can be edited again.'],
] as const) {
  const union = `${name[0]?.toUpperCase()}${name.slice(1)}`;
  builder.mutationField(name, (t) =>
    t.field({
      type: MeetingRef,
      description,
      args: { input: t.arg({ type: MeetingIdInput, required: true }) },
      authScopes: (_root, args, ctx) =>
        ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
      errors: {
        types: [InputValidationError, NotFoundError, NotAllowedError],
        union: { name: `${union}Result` },
        result: { name: `${union}Success` },
        dataField: { name: 'meeting' },
      },
      resolve: (_root, args, ctx) =>
        setMeetingStatus(ctx, idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId'), status),
    }),
  );
}
