import { SignUpStatus } from '@naboskab/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { coordinates } from '../../context.ts';
import { audit } from '../../domain/audit.ts';
import { signUpForOpportunity } from '../../domain/sign-up-for-opportunity.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { notifySignUpsDecided } from '../../notifications/events/sign-up.ts';
import { coordinatorScope, idOf, partnershipsOfSignUps } from './scope.ts';

export const SignUpStatusEnum = builder.enumType(SignUpStatus, { name: 'SignUpStatus' });

/** A volunteer's personal data: shown to themselves and their partnerships' coordinators only. */
export const VolunteerRef = builder.prismaObject('Person', {
  name: 'Volunteer',
  description: 'A volunteer as their coordinators see them. Never shown to the ministry or the public.',
  authScopes: { volunteer: true, coordinator: true, admin: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    languages: t.exposeStringList('languages'),
    skills: t.exposeStringList('skills'),
  }),
});

const ownOrCoordinated = {
  personId: true,
  opportunity: { select: { activity: { select: { partnershipId: true } } } },
} as const;

export const SignUpRef = builder.prismaNode('VolunteerSignUp', {
  id: { field: 'id' },
  select: ownOrCoordinated,
  authScopes: (s, ctx) =>
    (!!ctx.viewer && s.personId === ctx.viewer.personId) ||
    coordinates(ctx, s.opportunity.activity.partnershipId),
  fields: (t) => ({
    status: t.expose('status', { type: SignUpStatusEnum }),
    message: t.exposeString('message'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    opportunity: t.relation('opportunity'),
    volunteer: t.relation('person', { type: VolunteerRef, nullable: true, description: 'Null once erased.' }),
  }),
});

builder.queryField('mySignUps', (t) =>
  t.prismaConnection({
    type: 'VolunteerSignUp',
    cursor: 'id',
    description: "The viewer's own sign-ups, newest first.",
    authScopes: { signedIn: true },
    totalCount: (_p, _a, ctx) =>
      ctx.prisma.volunteerSignUp.count({ where: { personId: ctx.viewer?.personId ?? '' } }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.volunteerSignUp.findMany({
        ...query,
        where: { personId: ctx.viewer?.personId ?? '' },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

builder.queryField('myUpcomingShifts', (t) =>
  t.prismaConnection({
    type: 'Shift',
    cursor: 'id',
    description: 'Coming shifts of the opportunities the viewer is approved for.',
    authScopes: { signedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.shift.findMany({
        ...query,
        where: {
          endsAt: { gte: new Date() },
          opportunity: { signUps: { some: { personId: ctx.viewer?.personId ?? '', status: 'APPROVED' } } },
        },
        orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);

builder.prismaObjectField('Partnership', 'volunteerSignUps', (t) =>
  t.prismaConnection({
    type: 'VolunteerSignUp',
    cursor: 'id',
    description: "Sign-ups for the partnership's opportunities, oldest first: for its coordinators.",
    authScopes: (p, _args, _ctx) => ({ coordinatorOf: p.id }),
    args: { status: t.arg({ type: SignUpStatusEnum }) },
    totalCount: (p, args, ctx) =>
      ctx.prisma.volunteerSignUp.count({ where: partnershipSignUps(p.id, args.status) }),
    resolve: (query, p, args, ctx) =>
      ctx.prisma.volunteerSignUp.findMany({
        ...query,
        where: partnershipSignUps(p.id, args.status),
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);

function partnershipSignUps(partnershipId: string, status?: SignUpStatus | null) {
  return { opportunity: { activity: { partnershipId } }, ...(status ? { status } : {}) };
}

const SignUpInput = builder.inputType('SignUpForOpportunityInput', {
  fields: (t) => ({
    opportunityId: t.globalID({ required: true }),
    message: t.string({ description: 'Optional note to the coordinator.' }),
  }),
});

const signUpInput = z.object({ message: z.string().trim().max(1000).nullish() }).passthrough();

builder.mutationField('signUpForOpportunity', (t) =>
  t.prismaField({
    type: 'VolunteerSignUp',
    description: 'Signs the volunteer up for a published opportunity (status APPLIED).',
    authScopes: { volunteer: true },
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'SignUpForOpportunityResult' },
      result: { name: 'SignUpForOpportunitySuccess' },
      dataField: { name: 'signUp' },
    },
    resolve: async (query, _root, args, ctx) => {
      const input = parseInput(signUpInput, args.input);
      const opportunityId = idOf(args.input.opportunityId, 'VolunteerOpportunity');
      const personId = ctx.viewer?.personId as string;
      const id = await signUpForOpportunity(ctx, personId, { opportunityId, message: input.message ?? '' });
      return ctx.prisma.volunteerSignUp.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

const WithdrawInput = builder.inputType('WithdrawSignUpInput', {
  fields: (t) => ({ signUpId: t.globalID({ required: true }) }),
});

builder.mutationField('withdrawSignUp', (t) =>
  t.prismaField({
    type: 'VolunteerSignUp',
    description: "Withdraws the viewer's own sign-up (from APPLIED or APPROVED).",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: WithdrawInput, required: true }) },
    errors: {
      types: [NotFoundError, ConflictError],
      union: { name: 'WithdrawSignUpResult' },
      result: { name: 'WithdrawSignUpSuccess' },
      dataField: { name: 'signUp' },
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(args.input.signUpId, 'VolunteerSignUp');
      const personId = ctx.viewer?.personId as string;
      return ctx.prisma.$transaction(async (tx) => {
        const signUp = await tx.volunteerSignUp.findFirst({
          where: { id, personId },
          include: { opportunity: { select: { activity: { select: { partnershipId: true } } } } },
        });
        if (!signUp) throw new NotFoundError();
        if (signUp.status !== 'APPLIED' && signUp.status !== 'APPROVED') {
          throw new ConflictError('volunteer.signUpNotWithdrawable');
        }
        await tx.volunteerSignUp.update({
          where: { id },
          data: { status: 'WITHDRAWN', decidedAt: new Date() },
        });
        await tx.person.update({ where: { id: personId }, data: { lastActiveAt: new Date() } });
        await audit(tx, ctx, {
          action: 'signUp.withdraw',
          entityType: 'VolunteerSignUp',
          entityId: id,
          partnershipId: signUp.opportunity.activity.partnershipId,
          changes: { status: [signUp.status, 'WITHDRAWN'] },
        });
        return tx.volunteerSignUp.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
);

const SignUpDecisionEnum = builder.enumType('SignUpDecision', { values: ['APPROVED', 'DECLINED'] as const });

const DecideSignUpsInput = builder.inputType('DecideVolunteerSignUpsInput', {
  fields: (t) => ({
    signUpIds: t.globalIDList({ required: true, description: 'One or more (at most 100).' }),
    decision: t.field({ type: SignUpDecisionEnum, required: true }),
  }),
});

const decideInput = z
  .object({ signUpIds: z.array(z.unknown()).min(1, { error: 'field.required' }).max(100) })
  .passthrough();

builder.mutationField('decideVolunteerSignUps', (t) =>
  t.prismaField({
    type: ['VolunteerSignUp'],
    description: 'Approves or declines sign-ups, one or many at once; all or nothing.',
    args: { input: t.arg({ type: DecideSignUpsInput, required: true }) },
    authScopes: async (_root, args, ctx) =>
      coordinatorScope(ctx, await partnershipsOfSignUps(ctx, args.input.signUpIds)),
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'DecideVolunteerSignUpsResult' },
      result: { name: 'DecideVolunteerSignUpsSuccess' },
      dataField: { name: 'signUps' },
    },
    resolve: async (query, _root, args, ctx) => {
      parseInput(decideInput, args.input);
      const ids = [...new Set(args.input.signUpIds.map((gid) => idOf(gid, 'VolunteerSignUp')))];
      const decision = args.input.decision;
      return ctx.prisma.$transaction(async (tx) => {
        const signUps = await tx.volunteerSignUp.findMany({
          where: { id: { in: ids } },
          include: { opportunity: { select: { activity: { select: { partnershipId: true } } } } },
        });
        if (signUps.length !== ids.length) throw new NotFoundError();
        if (signUps.some((s) => s.status === 'WITHDRAWN'))
          throw new ConflictError('volunteer.alreadyDecided');
        const changed = signUps.filter((s) => s.status !== decision);
        await tx.volunteerSignUp.updateMany({
          where: { id: { in: changed.map((s) => s.id) } },
          data: { status: decision, decidedAt: new Date() },
        });
        await notifySignUpsDecided(
          tx,
          changed.map((s) => s.id),
          decision,
        );
        for (const s of changed) {
          await audit(tx, ctx, {
            action: decision === 'APPROVED' ? 'signUp.approve' : 'signUp.decline',
            entityType: 'VolunteerSignUp',
            entityId: s.id,
            partnershipId: s.opportunity.activity.partnershipId,
            changes: { status: [s.status, decision] },
          });
        }
        return tx.volunteerSignUp.findMany({
          ...query,
          where: { id: { in: ids } },
          orderBy: { createdAt: 'asc' },
        });
      });
    },
  }),
);
