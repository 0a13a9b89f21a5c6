import { SignUpStatus } from '@naboskab/db';
import { z } from 'zod';
import { idOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { coordinates } from '../../context.ts';
import { decideVolunteerSignUps } from '../../domain/decide-volunteer-sign-ups.ts';
import { signUpForOpportunity } from '../../domain/sign-up-for-opportunity.ts';
import { waitlistPosition } from '../../domain/volunteer-places.ts';
import { withdrawSignUp } from '../../domain/withdraw-sign-up.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../../errors.ts';

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
  nullable: true,
  select: ownOrCoordinated,
  authScopes: (s, ctx) =>
    (!!ctx.viewer && s.personId === ctx.viewer.personId) ||
    coordinates(ctx, s.opportunity.activity.partnershipId),
  fields: (t) => ({
    status: t.expose('status', { type: SignUpStatusEnum }),
    message: t.exposeString('message'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    waitlistPosition: t.int({
      nullable: true,
      description: 'Place in line on the waiting list (1 = next to get a place); null unless WAITLISTED.',
      select: { id: true, opportunityId: true, status: true, createdAt: true },
      resolve: (s, _args, ctx) => waitlistPosition(ctx.prisma, s),
    }),
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
    description:
      'Coming shifts of the opportunities the viewer is approved for; cancelled ones stay, marked `cancelled`.',
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

// A sign-up reaches the coordinators only once the volunteer has proven their e-mail address
// (people without an account, entered by staff, count as known).
function partnershipSignUps(partnershipId: string, status?: SignUpStatus | null) {
  return {
    opportunity: { activity: { partnershipId } },
    person: { OR: [{ user: null }, { user: { emailVerifiedAt: { not: null } } }] },
    ...(status ? { status } : {}),
  };
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
    description:
      'Signs the volunteer up for a published opportunity: APPLIED, or WAITLISTED when its places are taken.',
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
      const opportunityId = idOf(
        ctx,
        args.input.opportunityId,
        'VolunteerOpportunity',
        'input.opportunityId',
      );
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
    description:
      "Withdraws the viewer's own sign-up (from APPLIED, APPROVED or WAITLISTED); a freed place goes to the first in line.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: WithdrawInput, required: true }) },
    errors: {
      types: [NotFoundError, ConflictError],
      union: { name: 'WithdrawSignUpResult' },
      result: { name: 'WithdrawSignUpSuccess' },
      dataField: { name: 'signUp' },
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.signUpId, 'VolunteerSignUp', 'input.signUpId');
      const personId = ctx.viewer?.personId as string;
      await withdrawSignUp(ctx, personId, id);
      return ctx.prisma.volunteerSignUp.findUniqueOrThrow({ ...query, where: { id } });
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
    description:
      'Approves or declines sign-ups, one or many at once; all or nothing. Approvals beyond the places are a conflict.',
    args: { input: t.arg({ type: DecideSignUpsInput, required: true }) },
    authScopes: async (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'VolunteerSignUp', args.input.signUpIds, 'input.signUpIds'),
    errors: {
      types: [InputValidationError, NotFoundError, ConflictError],
      union: { name: 'DecideVolunteerSignUpsResult' },
      result: { name: 'DecideVolunteerSignUpsSuccess' },
      dataField: { name: 'signUps' },
    },
    resolve: async (query, _root, args, ctx) => {
      parseInput(decideInput, args.input);
      const ids = [
        ...new Set(args.input.signUpIds.map((gid) => idOf(ctx, gid, 'VolunteerSignUp', 'input.signUpIds'))),
      ];
      const decision = args.input.decision;
      await decideVolunteerSignUps(ctx, ids, decision);
      return ctx.prisma.volunteerSignUp.findMany({
        ...query,
        where: { id: { in: ids } },
        orderBy: { createdAt: 'asc' },
      });
    },
  }),
);
