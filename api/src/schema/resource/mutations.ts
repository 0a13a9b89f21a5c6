import { idOf, ownerScope, partnershipsOf } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { resourceFields } from '../../domain/resource/resource-input.ts';
import { saveResource } from '../../domain/resource/save-resource.ts';
import { withdrawResource } from '../../domain/resource/withdraw-resource.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { AreaRef } from '../area.ts';
import { PartnershipRef } from '../partnership.ts';
import { ResourceAudienceEnum, ResourceKindEnum, ResourceRef } from './type.ts';

const OpeningHoursInput = builder.inputType('OpeningHoursInput', {
  fields: (t) => ({
    weekday: t.int({ required: true, description: 'ISO weekday, 1 = Monday.' }),
    opensAt: t.int({ required: true, description: 'Minutes after local midnight.' }),
    closesAt: t.int({ required: true, description: 'Minutes after local midnight (1440 = midnight).' }),
  }),
});

const ResourceExceptionInput = builder.inputType('ResourceExceptionInput', {
  fields: (t) => ({
    date: t.field({ type: 'Date', required: true }),
    closed: t.boolean({ required: true }),
    opensAt: t.int(),
    closesAt: t.int(),
    note: t.string(),
  }),
});

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

// What offering a resource and updating it both send: everything but the partnership / the id.
const resourceInputFields = (t: InputFieldBuilder) => ({
  ownerOrganisationId: t.globalID({ required: true, description: 'An Organisation id.' }),
  kind: t.field({ type: ResourceKindEnum, required: true }),
  title: t.string({ required: true }),
  description: t.string(),
  capacity: t.int(),
  address: t.string(),
  lat: t.float(),
  lon: t.float(),
  areaId: t.globalID({ for: AreaRef }),
  audience: t.field({ type: ResourceAudienceEnum, required: true }),
  requiresApproval: t.boolean({ required: true }),
  openingHours: t.field({ type: [OpeningHoursInput], required: true }),
  exceptions: t.field({ type: [ResourceExceptionInput], required: true }),
});

const OfferResourceInput = builder.inputType('OfferResourceInput', {
  fields: (t) => ({
    partnershipId: t.globalID({ required: true, for: PartnershipRef }),
    ...resourceInputFields(t),
  }),
});

const UpdateResourceInput = builder.inputType('UpdateResourceInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: ResourceRef }),
    ...resourceInputFields(t),
  }),
});

type RawInput = { ownerOrganisationId: { typename: string; id: string }; areaId?: { id: string } | null };

// Organisation's ref is not exported by its module, so its typename is checked here.
function parseResource<T extends RawInput>(input: T) {
  const owner = input.ownerOrganisationId;
  return parseInput(resourceFields, {
    ...input,
    ownerOrganisationId: owner.typename === 'Organisation' ? owner.id : '',
    areaId: input.areaId?.id ?? null,
  });
}

builder.mutationField('offerResource', (t) =>
  t.prismaField({
    type: 'Resource',
    description: "A partnership's coordinator offers a resource owned by one of its member organisations.",
    args: { input: t.arg({ type: OfferResourceInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Partnership', args.input.partnershipId, 'input.partnershipId'),
    errors: {
      types: [InputValidationError],
      union: { name: 'OfferResourceResult' },
      result: { name: 'OfferResourceSuccess' },
      dataField: { name: 'resource' },
    },
    resolve: async (query, _root, args, ctx) => {
      const id = await saveResource(
        ctx,
        { partnershipId: args.input.partnershipId.id },
        parseResource(args.input),
      );
      return ctx.prisma.resource.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

builder.mutationField('updateResource', (t) =>
  t.prismaField({
    type: 'Resource',
    description:
      "Edits a resource; only the coordinators of the resource's partnership may, and not once it is withdrawn.",
    args: { input: t.arg({ type: UpdateResourceInput, required: true }) },
    authScopes: (_root, args, ctx) => ownerScope(ctx, 'coordinatorOf', 'Resource', args.input.id, 'input.id'),
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'UpdateResourceResult' },
      result: { name: 'UpdateResourceSuccess' },
      dataField: { name: 'resource' },
    },
    resolve: async (query, _root, args, ctx) => {
      const [partnershipId] = (await partnershipsOf(ctx.prisma, 'Resource', [args.input.id.id])) ?? [];
      if (!partnershipId) throw new NotFoundError();
      const id = await saveResource(ctx, { partnershipId, id: args.input.id.id }, parseResource(args.input));
      return ctx.prisma.resource.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

const WithdrawResourceInput = builder.inputType('WithdrawResourceInput', {
  fields: (t) => ({ resourceId: t.globalID({ required: true, for: ResourceRef }) }),
});

builder.mutationField('withdrawResource', (t) =>
  t.prismaField({
    type: 'Resource',
    description:
      'Withdraws a resource offered by mistake: unlisted and unbookable; its bookings that have not ' +
      'ended are cancelled and their requesters told. The history keeps it.',
    args: { input: t.arg({ type: WithdrawResourceInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Resource', args.input.resourceId, 'input.resourceId'),
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'WithdrawResourceResult' },
      result: { name: 'WithdrawResourceSuccess' },
      dataField: { name: 'resource' },
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.resourceId, 'Resource', 'input.resourceId');
      await withdrawResource(ctx, id);
      return ctx.prisma.resource.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
