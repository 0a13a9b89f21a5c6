import { InvitationResponse } from '@naboskab/db';
import { z } from 'zod';
import { type IdArg, idOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { answerInvitation } from '../../domain/meeting/answer-invitation.ts';
import { assertMember, editableMeeting } from '../../domain/meeting/editable-meeting.ts';
import { everyoneToInvite, inviteToMeeting } from '../../domain/meeting/invite.ts';
import { partnershipPeopleWhere } from '../../domain/meeting/membership.ts';
import {
  fieldIssue,
  InputValidationError,
  NotAllowedError,
  NotFoundError,
  parseInput,
} from '../../errors.ts';
import { MeetingRef } from './meeting.ts';
import { MeetingPersonRef } from './person.ts';

export const InvitationResponseEnum = builder.enumType(InvitationResponse, { name: 'InvitationResponse' });

const InvitationRef = builder.prismaObject('MeetingInvitation', {
  description: 'An invitation of a person or a member organisation, with the answer.',
  fields: (t) => ({
    id: t.globalID({ resolve: (inv) => ({ type: 'MeetingInvitation', id: inv.id }) }),
    person: t.relation('person', { type: MeetingPersonRef, nullable: true }),
    organisation: t.relation('organisation', { nullable: true }),
    response: t.expose('response', { type: InvitationResponseEnum }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObjectFields(MeetingRef, (t) => ({
  invitations: t.relatedConnection('invitations', {
    cursor: 'id',
    totalCount: true,
    query: { orderBy: [{ respondedAt: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }] },
  }),
  viewerInvitation: t.field({
    description: "The viewer's own invitation (personal, else their organisation's), if any.",
    type: InvitationRef,
    nullable: true,
    select: (_args, ctx, nestedSelection) => ({
      invitations: {
        ...nestedSelection(true),
        where: {
          OR: [
            { personId: ctx.viewer?.personId ?? '00000000-0000-0000-0000-000000000000' },
            ...(ctx.viewer?.organisationId ? [{ organisationId: ctx.viewer.organisationId }] : []),
          ],
        },
        orderBy: { personId: { sort: 'asc', nulls: 'last' } },
        take: 1,
      },
    }),
    resolve: (meeting) => meeting.invitations[0] ?? null,
  }),
  eligiblePeople: t.prismaConnection({
    type: MeetingPersonRef,
    cursor: 'id',
    description: 'People of the partnership (coordinators, contact persons, staff of members).',
    authScopes: (meeting) => ({ coordinatorOf: meeting.partnershipId }),
    totalCount: (meeting, _args, ctx) =>
      ctx.prisma.person.count({ where: partnershipPeopleWhere(meeting.partnershipId) }),
    resolve: (query, meeting, _args, ctx) =>
      ctx.prisma.person.findMany({
        ...query,
        where: partnershipPeopleWhere(meeting.partnershipId),
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
  memberOrganisations: t.prismaConnection({
    type: 'Organisation',
    cursor: 'id',
    description: 'Member organisations of the partnership.',
    authScopes: (meeting) => ({ coordinatorOf: meeting.partnershipId }),
    totalCount: (meeting, _args, ctx) =>
      ctx.prisma.organisation.count({
        where: { memberships: { some: { partnershipId: meeting.partnershipId } } },
      }),
    resolve: (query, meeting, _args, ctx) =>
      ctx.prisma.organisation.findMany({
        ...query,
        where: { memberships: { some: { partnershipId: meeting.partnershipId } } },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
}));

const InviteToMeetingInput = builder.inputType('InviteToMeetingInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    personIds: t.globalIDList({ required: false }),
    organisationIds: t.globalIDList({ required: false }),
  }),
});

const AnswerInvitationInput = builder.inputType('AnswerInvitationInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    response: t.field({ type: InvitationResponseEnum, required: true, description: 'YES, NO or MAYBE.' }),
  }),
});

const inviteInput = z
  .object({
    personIds: z.array(z.unknown()).max(100).nullish(),
    organisationIds: z.array(z.unknown()).max(100).nullish(),
  })
  .refine((v) => (v.personIds?.length ?? 0) + (v.organisationIds?.length ?? 0) > 0, {
    path: ['personIds'],
    error: 'meeting.inviteeRequired',
  });

builder.mutationField('inviteToMeeting', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Invites people and member organisations; inviting someone twice changes nothing.',
    args: { input: t.arg({ type: InviteToMeetingInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'InviteToMeetingResult' },
      result: { name: 'InviteToMeetingSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      const parsed = parseInput(inviteInput, args.input);
      const personIds = (parsed.personIds ?? []).map((id) =>
        idOf(ctx, id as IdArg, 'Person', 'input.personIds'),
      );
      const organisationIds = (parsed.organisationIds ?? []).map((id) =>
        idOf(ctx, id as IdArg, 'Organisation', 'input.organisationIds'),
      );
      return ctx.prisma.$transaction(async (tx) => {
        const meeting = await editableMeeting(tx, meetingId);
        for (const personId of personIds)
          await assertMember(tx, meeting.partnershipId, personId, 'personIds');
        const members = await tx.partnershipMember.count({
          where: { partnershipId: meeting.partnershipId, organisationId: { in: organisationIds } },
        });
        if (members !== new Set(organisationIds).size) {
          throw fieldIssue(['input', 'organisationIds'], 'meeting.organisationNotMember');
        }
        await inviteToMeeting(tx, ctx, meeting, { personIds, organisationIds });
        return meeting;
      });
    },
  }),
);

const InviteEveryoneEnum = builder.enumType('InviteEveryone', {
  values: ['MEMBER_ORGANISATIONS', 'CONTACT_PEOPLE'] as const,
});

const InviteEveryoneInput = builder.inputType('InviteEveryoneToMeetingInput', {
  fields: (t) => ({
    meetingId: t.globalID({ required: true }),
    who: t.field({ type: InviteEveryoneEnum, required: true }),
  }),
});

builder.mutationField('inviteEveryoneToMeeting', (t) =>
  t.field({
    type: MeetingRef,
    description: 'Invites every member organisation, or every contact person, of the partnership at once.',
    args: { input: t.arg({ type: InviteEveryoneInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'coordinatorOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'InviteEveryoneToMeetingResult' },
      result: { name: 'InviteEveryoneToMeetingSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      const who = parseInput(z.enum(['MEMBER_ORGANISATIONS', 'CONTACT_PEOPLE']), args.input.who);
      return ctx.prisma.$transaction(async (tx) => {
        const meeting = await editableMeeting(tx, meetingId);
        const invitees = await everyoneToInvite(tx, meeting.partnershipId, who);
        if (invitees.personIds.length + invitees.organisationIds.length === 0)
          throw fieldIssue(['input', 'who'], 'meeting.nobodyToInvite');
        await inviteToMeeting(tx, ctx, meeting, invitees);
        return meeting;
      });
    },
  }),
);

builder.mutationField('answerInvitation', (t) =>
  t.field({
    type: MeetingRef,
    description: "Answers the viewer's own invitation (or their organisation's) with YES, NO or MAYBE.",
    args: { input: t.arg({ type: AnswerInvitationInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      ownerScope(ctx, 'memberOf', 'Meeting', args.input.meetingId, 'input.meetingId'),
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'AnswerInvitationResult' },
      result: { name: 'AnswerInvitationSuccess' },
      dataField: { name: 'meeting' },
    },
    resolve: (_root, args, ctx) => {
      const meetingId = idOf(ctx, args.input.meetingId, 'Meeting', 'input.meetingId');
      const response = parseInput(z.enum(['YES', 'NO', 'MAYBE']), args.input.response);
      const viewer = ctx.viewer;
      if (!viewer) throw new NotFoundError();
      return ctx.prisma.$transaction((tx) =>
        answerInvitation(
          tx,
          ctx,
          meetingId,
          { personId: viewer.personId, organisationId: viewer.organisationId ?? null },
          response,
        ),
      );
    },
  }),
);
