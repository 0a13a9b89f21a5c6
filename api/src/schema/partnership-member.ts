import { MemberRole } from '@naboskab/db';
import { z } from 'zod';
import { globalIdField, ownerScope } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { addPartnershipMember } from '../domain/add-partnership-member.ts';
import { associationBarOf } from '../domain/association-bar.ts';
import { removePartnershipMember } from '../domain/remove-partnership-member.ts';
import { updatePartnershipMember } from '../domain/update-partnership-member.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../errors.ts';
import { emailField, phoneField } from './fields.ts';
import { MemberRoleEnum, PartnershipRef } from './partnership.ts';

export const PartnershipMemberRef = builder.prismaNode('PartnershipMember', {
  id: { field: 'id' },
  // Only the asked columns (exposed fields add theirs), as for every type on a list path.
  select: { id: true },
  nullable: true,
  description: 'An organisation taking part in a partnership, with its role and contact person.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    role: t.expose('role', { type: MemberRoleEnum }),
    joinedAt: t.expose('joinedAt', { type: 'DateTime' }),
    organisation: t.relation('organisation'),
    partnership: t.relation('partnership'),
    // Contact people's names, e-mails and phone numbers are personal data: the partnership's own
    // coordinators and members and administrators see them (memberOf); volunteers, other
    // partnerships and the ministry get null. The public contact of an opportunity is its
    // contact organisation's own role address, never a person (README, "Who sees what"). Each
    // selects the partnership's id its scope reads.
    contactName: t.string({
      nullable: true,
      authScopes: (member) => ({ memberOf: member.partnershipId }),
      unauthorizedResolver: () => null,
      select: { partnershipId: true, contactPerson: { select: { name: true } } },
      resolve: (member) => member.contactPerson?.name ?? null,
    }),
    contactEmail: t.string({
      nullable: true,
      authScopes: (member) => ({ memberOf: member.partnershipId }),
      unauthorizedResolver: () => null,
      select: { partnershipId: true, contactPerson: { select: { email: true } } },
      resolve: (member) => member.contactPerson?.email ?? null,
    }),
    contactPhone: t.string({
      nullable: true,
      authScopes: (member) => ({ memberOf: member.partnershipId }),
      unauthorizedResolver: () => null,
      select: { partnershipId: true, contactPerson: { select: { phone: true } } },
      resolve: (member) => member.contactPerson?.phone ?? null,
    }),
  }),
});

builder.prismaObjectFields('Partnership', (t) => ({
  members: t.relatedConnection('members', {
    cursor: 'id',
    totalCount: true,
    description: 'Member organisations, leads first, then by name.',
    query: { orderBy: [{ role: 'asc' }, { organisation: { name: 'asc' } }, { id: 'asc' }] },
  }),
  // Decision: an association counts when it joined with the role VOLUNTARY_ASSOCIATION; that role is
  // only accepted for organisations of the kind VOLUNTARY_ASSOCIATION, so the two never disagree.
  // Counted from the associations' keys, not with `_count`: Prisma counts a relation once per row,
  // and `members { totalCount }` takes `_count.members`, so one of the two would be loaded apart
  // (a Prisma call per listed partnership).
  voluntaryAssociationCount: t.int({
    description: 'Members with the role VOLUNTARY_ASSOCIATION: the associations mobilised.',
    select: { members: { where: { role: 'VOLUNTARY_ASSOCIATION' }, select: { id: true } } },
    resolve: (partnership) => partnership.members.length,
  }),
  associationTarget: t.int({
    nullable: true,
    description:
      'The bar of voluntary associations its funding pool asks for (30 for "Flere ind i fællesskaber"); null when no pool of it sets one.',
    select: { grants: { select: { round: { select: { pool: { select: { stream: true } } } } } } },
    resolve: (p) => associationBarOf(p.grants.map((g) => g.round.pool.stream)),
  }),
}));

const contactFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  contactName: t.string({ description: 'A new contact person; leave empty for none.' }),
  contactEmail: t.string(),
  contactPhone: t.string(),
});

const AddPartnershipMemberInput = builder.inputType('AddPartnershipMemberInput', {
  fields: (t) => ({
    partnershipId: t.id({ required: true }),
    organisationId: t.id({ required: true }),
    role: t.field({ type: MemberRoleEnum, required: true }),
    ...contactFields(t),
  }),
});

const UpdatePartnershipMemberInput = builder.inputType('UpdatePartnershipMemberInput', {
  description: 'Changes the role and, when a contact name is given, the contact person.',
  fields: (t) => ({
    id: t.id({ required: true }),
    role: t.field({ type: MemberRoleEnum }),
    ...contactFields(t),
  }),
});

const RemovePartnershipMemberInput = builder.inputType('RemovePartnershipMemberInput', {
  fields: (t) => ({ id: t.id({ required: true }) }),
});

const empty = (v: unknown) => (v === '' || v === null ? undefined : v);
const contact = {
  contactName: z.preprocess(empty, z.string().trim().max(120).optional()),
  contactEmail: z.preprocess(empty, emailField.optional()),
  contactPhone: z.preprocess(empty, phoneField.optional()),
};
const addInput = z.object({
  partnershipId: globalIdField('Partnership'),
  organisationId: globalIdField('Organisation'),
  role: z.enum(MemberRole),
  ...contact,
});
const updateInput = z.object({
  id: globalIdField('PartnershipMember'),
  role: z.enum(MemberRole).nullish(),
  ...contact,
});
const removeInput = z.object({ id: globalIdField('PartnershipMember') });

builder.mutationField('addPartnershipMember', (t) =>
  t.prismaField({
    type: PartnershipMemberRef,
    description: 'Adds a member organisation with a role and, optionally, a new contact person.',
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Partnership', args.input.partnershipId, 'input.partnershipId'),
    args: { input: t.arg({ type: AddPartnershipMemberInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'AddPartnershipMemberResult' },
      result: { name: 'AddPartnershipMemberSuccess' },
      dataField: { name: 'member' },
    },
    resolve: async (query, _root, args, ctx) => {
      const member = await addPartnershipMember(ctx, parseInput(addInput, args.input));
      return ctx.prisma.partnershipMember.findUniqueOrThrow({ ...query, where: { id: member.id } });
    },
  }),
);

builder.mutationField('updatePartnershipMember', (t) =>
  t.prismaField({
    type: PartnershipMemberRef,
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'PartnershipMember', args.input.id, 'input.id'),
    args: { input: t.arg({ type: UpdatePartnershipMemberInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'UpdatePartnershipMemberResult' },
      result: { name: 'UpdatePartnershipMemberSuccess' },
      dataField: { name: 'member' },
    },
    resolve: async (query, _root, args, ctx) => {
      const member = await updatePartnershipMember(ctx, parseInput(updateInput, args.input));
      return ctx.prisma.partnershipMember.findUniqueOrThrow({ ...query, where: { id: member.id } });
    },
  }),
);

builder.mutationField('removePartnershipMember', (t) =>
  t.field({
    type: PartnershipRef,
    description: 'Removes a member (not one that has received a sign-on fee). Returns the partnership.',
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'PartnershipMember', args.input.id, 'input.id'),
    args: { input: t.arg({ type: RemovePartnershipMemberInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'RemovePartnershipMemberResult' },
      result: { name: 'RemovePartnershipMemberSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: (_root, args, ctx) => removePartnershipMember(ctx, parseInput(removeInput, args.input).id),
  }),
);
