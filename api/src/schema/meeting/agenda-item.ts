import { z } from 'zod';
import { idOf, optionalIdOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { audit, changedFields } from '../../domain/audit.ts';
import { assertMember, editableMeeting } from '../../domain/meeting/editable-meeting.ts';
import { moveAgendaItem } from '../../domain/meeting/move-agenda-item.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../../errors.ts';
import { requiredText } from '../fields.ts';
import { MeetingRef } from './meeting.ts';
import { MeetingPersonRef } from './person.ts';

builder.prismaObject('AgendaItem', {
  // Only the asked columns (exposed fields add theirs), as for every type on a list path.
  select: { id: true },
  description: 'One item of a meeting agenda, in order.',
  fields: (t) => ({
    id: t.globalID({ resolve: (item) => ({ type: 'AgendaItem', id: item.id }) }),
    position: t.exposeInt('position'),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    durationMinutes: t.exposeInt('durationMinutes', { nullable: true, description: 'Time box.' }),
    owner: t.relation('owner', { type: MeetingPersonRef, nullable: true }),
  }),
});

const agendaItemInput = z.object({
  title: requiredText(200),
  description: z.string().trim().max(2000).nullish(),
  durationMinutes: z.number().int().min(1).max(600).nullish(),
  ownerPersonId: z.unknown().optional(),
});

const AddAgendaItemInput = builder.inputType('AddAgendaItemInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    title: t.string({ required: true }),
    description: t.string(),
    durationMinutes: t.int({ description: 'Time box in minutes.' }),
    ownerPersonId: t.globalID(),
  }),
});

const UpdateAgendaItemInput = builder.inputType('UpdateAgendaItemInput', {
  fields: (t) => ({
    agendaItemId: t.globalID({ required: true }),
    title: t.string({ required: true }),
    description: t.string(),
    durationMinutes: t.int(),
    ownerPersonId: t.globalID(),
  }),
});

const AgendaDirectionEnum = builder.enumType('AgendaDirection', { values: ['UP', 'DOWN'] as const });

const MoveAgendaItemInput = builder.inputType('MoveAgendaItemInput', {
  fields: (t) => ({
    agendaItemId: t.globalID({ required: true }),
    direction: t.field({ type: AgendaDirectionEnum, required: true }),
  }),
});

const AgendaItemIdInput = builder.inputType('AgendaItemIdInput', {
  fields: (t) => ({ agendaItemId: t.globalID({ required: true }) }),
});

function parseItem(ctx: Context, input: unknown & { ownerPersonId?: unknown }) {
  const parsed = parseInput(agendaItemInput, input);
  return {
    title: parsed.title,
    description: parsed.description ?? '',
    durationMinutes: parsed.durationMinutes ?? null,
    ownerPersonId: optionalIdOf(ctx, parsed.ownerPersonId as string, 'Person', 'input.ownerPersonId'),
  };
}

const errors = (name: string, dataField: string) => ({
  types: [InputValidationError, NotFoundError, NotAllowedError],
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
  dataField: { name: dataField },
});

builder.mutationField('addAgendaItem', (t) =>
  t.prismaField({
    type: 'AgendaItem',
    description: 'Adds an item at the end of the agenda.',
    args: { input: t.arg({ type: AddAgendaItemInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: errors('AddAgendaItem', 'agendaItem'),
    resolve: (query, _root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      const data = parseItem(ctx, args.input);
      return ctx.prisma.$transaction(async (tx) => {
        const meeting = await editableMeeting(tx, meetingId);
        if (data.ownerPersonId)
          await assertMember(tx, meeting.partnershipId, data.ownerPersonId, 'ownerPersonId');
        const last = await tx.agendaItem.aggregate({ where: { meetingId }, _max: { position: true } });
        const item = await tx.agendaItem.create({
          ...query,
          data: { ...data, meetingId, position: (last._max.position ?? 0) + 1 },
        });
        await audit(tx, ctx, {
          action: 'agendaItem.add',
          entityType: 'AgendaItem',
          entityId: item.id,
          partnershipId: meeting.partnershipId,
          changes: { title: [null, data.title] },
        });
        return item;
      });
    },
  }),
);

builder.mutationField('updateAgendaItem', (t) =>
  t.prismaField({
    type: 'AgendaItem',
    description: 'Changes title, description, owner or time box of an agenda item.',
    args: { input: t.arg({ type: UpdateAgendaItemInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'AgendaItem', args.input.agendaItemId, 'input.agendaItemId'),
    errors: errors('UpdateAgendaItem', 'agendaItem'),
    resolve: (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.agendaItemId, 'AgendaItem', 'input.agendaItemId');
      const data = parseItem(ctx, args.input);
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.agendaItem.findUnique({ where: { id } });
        if (!before) throw new NotFoundError();
        const meeting = await editableMeeting(tx, before.meetingId);
        if (data.ownerPersonId)
          await assertMember(tx, meeting.partnershipId, data.ownerPersonId, 'ownerPersonId');
        const item = await tx.agendaItem.update({ ...query, where: { id }, data });
        await audit(tx, ctx, {
          action: 'agendaItem.update',
          entityType: 'AgendaItem',
          entityId: id,
          partnershipId: meeting.partnershipId,
          changes: changedFields(before, data),
        });
        return item;
      });
    },
  }),
);

builder.mutationField('moveAgendaItem', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Moves an agenda item one place up or down (keyboard-friendly reordering).',
    args: { input: t.arg({ type: MoveAgendaItemInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'AgendaItem', args.input.agendaItemId, 'input.agendaItemId'),
    errors: errors('MoveAgendaItem', 'meeting'),
    resolve: (_root, args, ctx) =>
      moveAgendaItem(
        ctx,
        idOf(ctx, args.input.agendaItemId, 'AgendaItem', 'input.agendaItemId'),
        args.input.direction,
      ),
  }),
);

builder.mutationField('removeAgendaItem', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Removes an agenda item (with its minutes); later items move up.',
    args: { input: t.arg({ type: AgendaItemIdInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'AgendaItem', args.input.agendaItemId, 'input.agendaItemId'),
    errors: errors('RemoveAgendaItem', 'meeting'),
    resolve: (_root, args, ctx) => {
      const id = idOf(ctx, args.input.agendaItemId, 'AgendaItem', 'input.agendaItemId');
      return ctx.prisma.$transaction(async (tx) => {
        const item = await tx.agendaItem.findUnique({ where: { id } });
        if (!item) throw new NotFoundError();
        const meeting = await editableMeeting(tx, item.meetingId);
        await tx.agendaItem.delete({ where: { id } });
        await tx.agendaItem.updateMany({
          where: { meetingId: item.meetingId, position: { gt: item.position } },
          data: { position: { decrement: 1 } },
        });
        await audit(tx, ctx, {
          action: 'agendaItem.remove',
          entityType: 'AgendaItem',
          entityId: id,
          partnershipId: meeting.partnershipId,
          changes: { title: [item.title, null] },
        });
        return meeting;
      });
    },
  }),
);
