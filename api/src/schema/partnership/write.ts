import { Arena, PartnershipStatus, TargetGroup } from '@naboskab/db';
import { z } from 'zod';
import { globalIdField, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { createPartnership } from '../../domain/create-partnership.ts';
import { updatePartnership } from '../../domain/update-partnership.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { dayField, requiredText } from '../fields.ts';
import { ArenaEnum, PartnershipRef, PartnershipStatusEnum, TargetGroupEnum } from '../partnership.ts';

const CreatePartnershipInput = builder.inputType('CreatePartnershipInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    slug: t.string({ description: 'Short name in the address; derived from the name when left out.' }),
    description: t.string(),
    areaIds: t.idList({ required: true, description: 'At least one Area.' }),
    arenas: t.field({ type: [ArenaEnum], required: true }),
    targetGroups: t.field({ type: [TargetGroupEnum], required: true }),
    startsOn: t.field({ type: 'Date', description: 'Required.' }),
    endsOn: t.field({ type: 'Date' }),
  }),
});

const UpdatePartnershipInput = builder.inputType('UpdatePartnershipInput', {
  description: 'Only the fields given change. Status moves only forward (PLANNED → ACTIVE → ENDED).',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string(),
    description: t.string(),
    areaIds: t.idList(),
    arenas: t.field({ type: [ArenaEnum] }),
    targetGroups: t.field({ type: [TargetGroupEnum] }),
    startsOn: t.field({ type: 'Date' }),
    endsOn: t.field({ type: 'Date' }),
    status: t.field({ type: PartnershipStatusEnum }),
  }),
});

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (v === null ? undefined : v), schema.optional());
const areaIds = z.array(globalIdField('Area')).min(1, { error: 'partnership.areaRequired' }).max(20);
const common = {
  description: z.string().trim().max(5000),
  arenas: z.array(z.enum(Arena)).max(5),
  targetGroups: z.array(z.enum(TargetGroup)).max(8),
};

const createInput = z
  .object({
    name: requiredText(120),
    slug: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      z
        .string()
        .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'partnership.slugInvalid' })
        .max(80)
        .optional(),
    ),
    description: common.description.nullish().transform((v) => v ?? ''),
    areaIds,
    arenas: common.arenas,
    targetGroups: common.targetGroups,
    startsOn: dayField,
    endsOn: dayField.nullish(),
  })
  .refine((v) => !v.endsOn || v.endsOn >= v.startsOn, {
    path: ['endsOn'],
    error: 'partnership.endsBeforeStart',
  });

const updateInput = z.object({
  id: globalIdField('Partnership'),
  name: optional(requiredText(120)),
  description: optional(common.description),
  areaIds: optional(areaIds),
  arenas: optional(common.arenas),
  targetGroups: optional(common.targetGroups),
  startsOn: optional(dayField),
  endsOn: dayField.nullish(),
  status: optional(z.enum(PartnershipStatus)),
});

builder.mutationField('createPartnership', (t) =>
  t.prismaField({
    type: PartnershipRef,
    description: 'Creates a PLANNED partnership; a coordinator who creates it becomes its coordinator.',
    authScopes: { admin: true, coordinator: true },
    args: { input: t.arg({ type: CreatePartnershipInput, required: true }) },
    errors: {
      types: [InputValidationError, ConflictError],
      union: { name: 'CreatePartnershipResult' },
      result: { name: 'CreatePartnershipSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const created = await createPartnership(ctx, parseInput(createInput, args.input));
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id: created.id } });
    },
  }),
);

builder.mutationField('updatePartnership', (t) =>
  t.prismaField({
    type: PartnershipRef,
    description: "Edits a partnership's page, areas, period and status. Its coordinators and admins only.",
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Partnership', args.input.id, 'input.id'),
    args: { input: t.arg({ type: UpdatePartnershipInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'UpdatePartnershipResult' },
      result: { name: 'UpdatePartnershipSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const updated = await updatePartnership(ctx, parseInput(updateInput, args.input));
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id: updated.id } });
    },
  }),
);
