import { z } from 'zod';
import { idOf, ownerScope } from '../../auth/partnership-access.ts';
import { visibleOpportunityWhere } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import { coordinates } from '../../context.ts';
import { audit } from '../../domain/audit.ts';
import { shiftPeriod, shiftsOutside } from '../../domain/shift-period.ts';
import { InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { requiredText } from '../fields.ts';
import { ActivityFilter, ActivityRef, activityWhere, filterSchema } from './activity.ts';

/** The organisation to contact about an opportunity: public business data, never a person. */
const ContactOrganisationRef = builder
  .objectRef<{
    id: string;
    name: string;
    website: string | null;
    email: string | null;
    phone: string | null;
    address: string | null;
  }>('ContactOrganisation')
  .implement({
    description: 'Public contact details of an organisation.',
    fields: (t) => ({
      name: t.exposeString('name'),
      website: t.exposeString('website', { nullable: true }),
      email: t.exposeString('email', { nullable: true }),
      phone: t.exposeString('phone', { nullable: true }),
      address: t.exposeString('address', { nullable: true }),
    }),
  });

export const OpportunityRef = builder.prismaNode('VolunteerOpportunity', {
  id: { field: 'id' },
  nullable: true,
  description: 'Help an activity needs from volunteers. Published ones (of published activities) are public.',
  select: { published: true, activity: { select: { published: true, partnershipId: true } } },
  authScopes: (o, ctx) => (o.published && o.activity.published) || coordinates(ctx, o.activity.partnershipId),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    volunteersNeeded: t.exposeInt('volunteersNeeded'),
    skillsWanted: t.exposeStringList('skillsWanted'),
    published: t.exposeBoolean('published'),
    activity: t.relation('activity', { type: ActivityRef }),
    contactOrganisation: t.field({
      type: ContactOrganisationRef,
      select: {
        contactOrganisation: {
          select: { id: true, name: true, website: true, email: true, phone: true, address: true },
        },
      },
      resolve: (o) => o.contactOrganisation,
    }),
    approvedVolunteers: t.relationCount('signUps', {
      description: 'How many volunteers are approved (a number, never who).',
      where: { status: 'APPROVED' },
    }),
    upcomingShifts: t.relatedConnection('shifts', {
      cursor: 'id',
      description: 'Shifts not yet over, cancelled ones included (`cancelled`), so no one misses the change.',
      query: () => ({
        where: { endsAt: { gte: new Date() } },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      }),
      totalCount: true,
    }),
    viewerCanCoordinate: t.boolean({
      resolve: (o, _args, ctx) => coordinates(ctx, o.activity.partnershipId),
    }),
  }),
});

builder.queryField('volunteerOpportunities', (t) =>
  t.prismaConnection({
    type: 'VolunteerOpportunity',
    cursor: 'id',
    description: 'Published opportunities of published activities, filtered like `activities`. Public.',
    args: { filter: t.arg({ type: ActivityFilter, validate: filterSchema }) },
    totalCount: async (_parent, args, ctx) =>
      ctx.prisma.volunteerOpportunity.count({
        where: { published: true, activity: await activityWhere(ctx.prisma, args.filter) },
      }),
    resolve: async (query, _root, args, ctx) =>
      ctx.prisma.volunteerOpportunity.findMany({
        ...query,
        where: { published: true, activity: await activityWhere(ctx.prisma, args.filter) },
        orderBy: [{ title: 'asc' }, { id: 'asc' }],
      }),
  }),
);

builder.queryField('volunteerOpportunity', (t) =>
  t.prismaField({
    type: 'VolunteerOpportunity',
    nullable: true,
    description: 'One opportunity; null when missing or not visible to the viewer.',
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (query, _root, args, ctx) => {
      if (args.id.typename !== 'VolunteerOpportunity') return null;
      return ctx.prisma.volunteerOpportunity.findFirst({
        ...query,
        where: { AND: [{ id: args.id.id }, visibleOpportunityWhere(ctx)] },
      });
    },
  }),
);

const ShiftInput = builder.inputType('ShiftInput', {
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', required: true }),
    endsAt: t.field({ type: 'DateTime', required: true }),
  }),
});

const CreateOpportunityInput = builder.inputType('CreateVolunteerOpportunityInput', {
  fields: (t) => ({
    activityId: t.globalID({ required: true }),
    contactOrganisationId: t.globalID({ required: true }),
    title: t.string({ required: true }),
    description: t.string(),
    volunteersNeeded: t.int({ required: true }),
    skillsWanted: t.stringList(),
    published: t.boolean({ required: true }),
    shifts: t.field({ type: [ShiftInput] }),
  }),
});

const listItem = z
  .string()
  .trim()
  .min(1, { error: 'field.required' })
  .max(60, { error: 'volunteer.listItem' });

const createOpportunityInput = z
  .object({
    title: requiredText(160),
    description: z.string().trim().max(4000).nullish(),
    volunteersNeeded: z.number().int().min(1, { error: 'volunteer.needed' }).max(1000),
    skillsWanted: z.array(listItem).max(20).nullish(),
    published: z.boolean(),
    shifts: z.array(shiftPeriod).max(100).nullish(),
  })
  .passthrough();

builder.mutationField('createVolunteerOpportunity', (t) =>
  t.prismaField({
    type: 'VolunteerOpportunity',
    description: 'Adds a volunteer opportunity (with shifts) to an activity the viewer coordinates.',
    args: { input: t.arg({ type: CreateOpportunityInput, required: true }) },
    authScopes: async (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Activity', args.input.activityId, 'input.activityId'),
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'CreateVolunteerOpportunityResult' },
      result: { name: 'CreateVolunteerOpportunitySuccess' },
      dataField: { name: 'opportunity' },
    },
    resolve: async (query, _root, args, ctx) => {
      const activityId = idOf(ctx, args.input.activityId, 'Activity', 'input.activityId');
      const input = parseInput(createOpportunityInput, args.input);
      const contactOrganisationId = idOf(
        ctx,
        args.input.contactOrganisationId,
        'Organisation',
        'input.contactOrganisationId',
      );
      return ctx.prisma.$transaction(async (tx) => {
        const activity = await tx.activity.findUnique({ where: { id: activityId } });
        if (!activity) throw new NotFoundError();
        const outside = shiftsOutside(input.shifts ?? [], activity, (i) => ['input', 'shifts', String(i)]);
        if (outside.length) throw new InputValidationError(outside);
        const member = await tx.partnershipMember.findUnique({
          where: {
            partnershipId_organisationId: {
              partnershipId: activity.partnershipId,
              organisationId: contactOrganisationId,
            },
          },
        });
        if (!member) {
          throw new InputValidationError([
            { path: ['input', 'contactOrganisationId'], message: 'volunteer.contactNotMember' },
          ]);
        }
        const opportunity = await tx.volunteerOpportunity.create({
          data: {
            activityId,
            contactOrganisationId,
            title: input.title,
            description: input.description ?? '',
            volunteersNeeded: input.volunteersNeeded,
            skillsWanted: input.skillsWanted ?? [],
            published: input.published,
            shifts: { create: input.shifts ?? [] },
          },
        });
        await audit(tx, ctx, {
          action: 'opportunity.create',
          entityType: 'VolunteerOpportunity',
          entityId: opportunity.id,
          partnershipId: activity.partnershipId,
        });
        return tx.volunteerOpportunity.findUniqueOrThrow({ ...query, where: { id: opportunity.id } });
      });
    },
  }),
);

const SetOpportunityPublishedInput = builder.inputType('SetVolunteerOpportunityPublishedInput', {
  fields: (t) => ({
    opportunityId: t.globalID({ required: true }),
    published: t.boolean({ required: true }),
  }),
});

builder.mutationField('setVolunteerOpportunityPublished', (t) =>
  t.prismaField({
    type: 'VolunteerOpportunity',
    description: 'Opens an opportunity for sign-up (public) or takes it down.',
    args: { input: t.arg({ type: SetOpportunityPublishedInput, required: true }) },
    authScopes: async (_root, args, ctx) =>
      ownerScope(
        ctx,
        'coordinatorOf',
        'VolunteerOpportunity',
        args.input.opportunityId,
        'input.opportunityId',
      ),
    errors: {
      types: [NotFoundError],
      union: { name: 'SetVolunteerOpportunityPublishedResult' },
      result: { name: 'SetVolunteerOpportunityPublishedSuccess' },
      dataField: { name: 'opportunity' },
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.opportunityId, 'VolunteerOpportunity', 'input.opportunityId');
      return ctx.prisma.$transaction(async (tx) => {
        const before = await tx.volunteerOpportunity.findUnique({
          where: { id },
          include: { activity: true },
        });
        if (!before) throw new NotFoundError();
        await tx.volunteerOpportunity.update({ where: { id }, data: { published: args.input.published } });
        await audit(tx, ctx, {
          action: 'opportunity.publish',
          entityType: 'VolunteerOpportunity',
          entityId: id,
          partnershipId: before.activity.partnershipId,
          changes: { published: [before.published, args.input.published] },
        });
        return tx.volunteerOpportunity.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
);
