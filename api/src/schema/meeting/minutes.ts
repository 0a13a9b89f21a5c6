import { z } from 'zod';
import { idOf, ownerScope } from '../../auth/partnership-access.ts';
import { recordAccess } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import { MinutesConflictError, saveMinutes } from '../../domain/meeting/save-minutes.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../../errors.ts';
import { ErrorInterface } from '../error.ts';
import { MeetingRef } from './meeting.ts';

builder.prismaObject('Minutes', {
  description: 'Minutes of one agenda item. `version` rises on every save.',
  fields: (t) => ({
    id: t.globalID({ resolve: (m) => ({ type: 'Minutes', id: m.id }) }),
    agendaItemId: t.globalID({
      nullable: true,
      resolve: (m) => (m.agendaItemId ? { type: 'AgendaItem', id: m.agendaItemId } : null),
    }),
    text: t.exposeString('text'),
    version: t.exposeInt('version'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    updatedByName: t.string({
      nullable: true,
      select: { updatedBy: { select: { person: { select: { name: true } } } } },
      resolve: (m) => m.updatedBy?.person.name ?? null,
    }),
  }),
});

builder.objectType(MinutesConflictError, {
  name: 'MinutesConflictError',
  description: 'The minutes were saved by someone else since `expectedVersion`: merge and save again.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof MinutesConflictError,
  fields: (t) => ({
    currentText: t.exposeString('currentText'),
    currentVersion: t.exposeInt('currentVersion'),
  }),
});

builder.prismaObjectField(MeetingRef, 'minutes', (t) =>
  t.relatedConnection('minutes', {
    ...recordAccess,
    cursor: 'id',
    totalCount: true,
    description: 'Minutes per agenda item: coordinators always, members once the meeting is closed.',
    query: { orderBy: [{ agendaItem: { position: 'asc' } }, { id: 'asc' }] },
  }),
);

const SaveMinutesInput = builder.inputType('SaveMinutesInput', {
  fields: (t) => ({
    agendaItemId: t.globalID({ required: true }),
    text: t.string({ required: true }),
    expectedVersion: t.int({ required: true, description: 'The version edited; 0 when there were none.' }),
  }),
});

const saveMinutesInput = z.object({
  text: z.string().max(20_000),
  expectedVersion: z.number().int().min(0),
});

builder.mutationField('saveMinutes', (t) =>
  t.prismaField({
    type: 'Minutes',
    description: 'Saves the minutes of an agenda item if nobody saved since `expectedVersion`.',
    args: { input: t.arg({ type: SaveMinutesInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'AgendaItem', args.input.agendaItemId, 'input.agendaItemId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError, MinutesConflictError],
      union: { name: 'SaveMinutesResult' },
      result: { name: 'SaveMinutesSuccess' },
      dataField: { name: 'minutes' },
    },
    resolve: (_query, _root, args, ctx) => {
      const agendaItemId = idOf(ctx, args.input.agendaItemId, 'AgendaItem', 'input.agendaItemId');
      const { text, expectedVersion } = parseInput(saveMinutesInput, args.input);
      return saveMinutes(ctx, agendaItemId, text, expectedVersion);
    },
  }),
);
