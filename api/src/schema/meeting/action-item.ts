import { ActionItemStatus } from '@naboskab/db';
import { z } from 'zod';
import { idOf, optionalIdOf, ownerScope } from '../../auth/partnership-access.ts';
import { recordAccess, visibleMeetingWhere } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import { type Context, coordinates } from '../../context.ts';
import { audit } from '../../domain/audit.ts';
import { assertAgendaItemOf, assertMember, editableMeeting } from '../../domain/meeting/editable-meeting.ts';
import { copenhagenToday } from '../../domain/meeting/membership.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../../errors.ts';
import { notifyActionItemAssigned } from '../../notifications/events/action-item.ts';
import { requiredText } from '../fields.ts';
import { MeetingRef } from './meeting.ts';
import { MeetingPersonRef } from './person.ts';

const ActionItemStatusEnum = builder.enumType(ActionItemStatus, { name: 'ActionItemStatus' });

builder.prismaObject('ActionItem', {
  description: 'A task agreed at a meeting: OPEN until DONE or DROPPED; open ones carry to the next meeting.',
  fields: (t) => ({
    id: t.globalID({ resolve: (a) => ({ type: 'ActionItem', id: a.id }) }),
    description: t.exposeString('description'),
    owner: t.relation('owner', { type: MeetingPersonRef }),
    dueOn: t.expose('dueOn', { type: 'Date', nullable: true }),
    status: t.expose('status', { type: ActionItemStatusEnum }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    overdue: t.boolean({
      description: 'OPEN and due before today (Europe/Copenhagen).',
      resolve: (a) => a.status === 'OPEN' && a.dueOn !== null && a.dueOn < copenhagenToday(),
    }),
    agendaItemId: t.globalID({
      nullable: true,
      resolve: (a) => (a.agendaItemId ? { type: 'AgendaItem', id: a.agendaItemId } : null),
    }),
    meeting: t.relation('meeting', { type: MeetingRef }),
    // Flat copies for lists: nesting meeting { partnership { … } } in every row costs too much
    // under the API's query cost limit.
    meetingId: t.globalID({ resolve: (a) => ({ type: 'Meeting', id: a.meetingId }) }),
    meetingTitle: t.string({
      select: { meeting: { select: { title: true } } },
      resolve: (a) => a.meeting.title,
    }),
    partnershipName: t.string({
      select: { meeting: { select: { partnership: { select: { name: true } } } } },
      resolve: (a) => a.meeting.partnership.name,
    }),
  }),
});

builder.prismaObjectFields(MeetingRef, (t) => ({
  actionItems: t.relatedConnection('actionItems', {
    ...recordAccess,
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
  }),
  carriedActionItems: t.prismaConnection({
    type: 'ActionItem',
    cursor: 'id',
    description:
      'OPEN action items of earlier meetings of the same partnership (for members: of CLOSED ones, as for actionItems).',
    totalCount: (meeting, _args, ctx) => ctx.prisma.actionItem.count({ where: carriedWhere(ctx, meeting) }),
    resolve: (query, meeting, _args, ctx) =>
      ctx.prisma.actionItem.findMany({
        ...query,
        where: carriedWhere(ctx, meeting),
        orderBy: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      }),
  }),
}));

// One rule for a meeting's action items, carried or not (recordAccess): coordinators see them
// all; members see an item once the meeting it was agreed at is CLOSED.
function carriedWhere(ctx: Context, meeting: { id: string; partnershipId: string; startsAt: Date }) {
  const membersView = !coordinates(ctx, meeting.partnershipId);
  return {
    status: 'OPEN' as const,
    meeting: {
      partnershipId: meeting.partnershipId,
      startsAt: { lt: meeting.startsAt },
      status: membersView ? ('CLOSED' as const) : { not: 'CANCELLED' as const },
      id: { not: meeting.id },
    },
  };
}

builder.queryField('myActionItems', (t) =>
  t.prismaConnection({
    type: 'ActionItem',
    cursor: 'id',
    description: "The viewer's action items across partnerships, earliest due first.",
    authScopes: { signedIn: true },
    args: { status: t.arg({ type: ActionItemStatusEnum, description: 'Only this status.' }) },
    totalCount: (_root, args, ctx) => ctx.prisma.actionItem.count({ where: myWhere(ctx, args.status) }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.actionItem.findMany({
        ...query,
        where: myWhere(ctx, args.status),
        orderBy: [{ dueOn: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      }),
  }),
);

function myWhere(ctx: Parameters<typeof visibleMeetingWhere>[0], status?: ActionItemStatus | null) {
  return {
    ownerPersonId: ctx.viewer?.personId ?? '00000000-0000-0000-0000-000000000000',
    meeting: visibleMeetingWhere(ctx),
    ...(status ? { status } : {}),
  };
}

const AddActionItemInput = builder.inputType('AddActionItemInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    agendaItemId: t.globalID(),
    description: t.string({ required: true }),
    ownerPersonId: t.globalID({ required: true, description: 'A person of the partnership.' }),
    dueOn: t.field({ type: 'Date' }),
  }),
});

const SetActionItemStatusInput = builder.inputType('SetActionItemStatusInput', {
  fields: (t) => ({
    actionItemId: t.globalID({ required: true }),
    status: t.field({ type: ActionItemStatusEnum, required: true }),
  }),
});

builder.mutationField('addActionItem', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Records an action item with an owner from the partnership and a due date.',
    args: { input: t.arg({ type: AddActionItemInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'AddActionItemResult' },
      result: { name: 'AddActionItemSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      const agendaItemId = optionalIdOf(ctx, args.input.agendaItemId, 'AgendaItem', 'input.agendaItemId');
      const ownerPersonId = idOf(ctx, args.input.ownerPersonId, 'Person', 'input.ownerPersonId');
      const { description, dueOn } = parseInput(
        z.object({ description: requiredText(1000), dueOn: z.date().nullish() }),
        args.input,
      );
      return ctx.prisma.$transaction(async (tx) => {
        const meeting = await editableMeeting(tx, meetingId);
        await assertAgendaItemOf(tx, meetingId, agendaItemId);
        await assertMember(tx, meeting.partnershipId, ownerPersonId, 'ownerPersonId');
        const item = await tx.actionItem.create({
          data: { meetingId, agendaItemId, description, ownerPersonId, dueOn: dueOn ?? null },
        });
        await notifyActionItemAssigned(tx, item.id);
        await audit(tx, ctx, {
          action: 'actionItem.add',
          entityType: 'ActionItem',
          entityId: item.id,
          partnershipId: meeting.partnershipId,
          changes: { description: [null, description], ownerPersonId: [null, ownerPersonId] },
        });
        return meeting;
      });
    },
  }),
);

builder.mutationField('setActionItemStatus', (t) =>
  t.prismaField({
    type: 'ActionItem',
    description: 'Marks an action item DONE, DROPPED or OPEN again (its owner or a coordinator).',
    args: { input: t.arg({ type: SetActionItemStatusInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'memberOf', 'ActionItem', args.input.actionItemId, 'input.actionItemId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'SetActionItemStatusResult' },
      result: { name: 'SetActionItemStatusSuccess' },
      dataField: { name: 'actionItem' },
    },
    resolve: (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.actionItemId, 'ActionItem', 'input.actionItemId');
      const status = args.input.status;
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.actionItem.findUnique({
          where: { id },
          include: { meeting: { select: { partnershipId: true } } },
        });
        if (!before) throw new NotFoundError();
        // Members may change only their own items; the partnership's coordinators any.
        const own = before.ownerPersonId === ctx.viewer?.personId;
        if (!own && !coordinates(ctx, before.meeting.partnershipId))
          throw new NotAllowedError('meeting.notOwner');
        const item = await tx.actionItem.update({
          ...query,
          where: { id },
          data: { status, completedAt: status === 'OPEN' ? null : new Date() },
        });
        await audit(tx, ctx, {
          action: 'actionItem.status',
          entityType: 'ActionItem',
          entityId: id,
          partnershipId: before.meeting.partnershipId,
          changes: { status: [before.status, status] },
        });
        return item;
      });
    },
  }),
);
