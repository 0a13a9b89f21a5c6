import type { InvitationResponse, MeetingStatus } from '@naboskab/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { type Answer, answerInvitation } from '../../domain/meeting/answer-invitation.ts';
import { findAnswerToken } from '../../domain/meeting/answer-token.ts';
import { answererWhere } from '../../domain/meeting/membership.ts';
import { meetingPlaceText } from '../../domain/place-text.ts';
import { InputValidationError, NotAllowedError, NotFoundError, parseInput } from '../../errors.ts';
import { InvitationResponseEnum } from './invitation.ts';
import { MeetingStatusEnum } from './meeting.ts';

// The answer links of invitation e-mails ("Deltager", "Afbud"): open to anyone holding the link,
// no sign-in. They show and change one person's answer to one meeting, nothing else.

interface AnswerLinkView {
  meetingId: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  status: MeetingStatus;
  response: InvitationResponse;
  personLeft: boolean;
}

const AnswerLinkRef = builder.objectRef<AnswerLinkView>('MeetingAnswerLink').implement({
  description: 'The meeting an answer link is for, and the answer given so far.',
  fields: (t) => ({
    meetingId: t.globalID({ resolve: (v) => ({ type: 'Meeting', id: v.meetingId }) }),
    title: t.exposeString('title'),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    place: t.exposeString('place', { nullable: true }),
    status: t.expose('status', { type: MeetingStatusEnum }),
    response: t.expose('response', { type: InvitationResponseEnum }),
    personLeft: t.exposeBoolean('personLeft', {
      description:
        'The person the link is for has left the partnership, or their account is deactivated: the link answers no more.',
    }),
  }),
});

const tokenText = z.string().trim().min(20).max(100);

async function viewAnswerLink(ctx: Context, token: string): Promise<AnswerLinkView | null> {
  const link = await findAnswerToken(ctx.prisma, token);
  if (!link) return null;
  const meeting = await ctx.prisma.meeting.findUniqueOrThrow({
    where: { id: link.meetingId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      address: true,
      onlineUrl: true,
      status: true,
      partnershipId: true,
      booking: { select: { resource: { select: { title: true, address: true } } } },
      invitations: { where: { personId: link.personId }, select: { response: true } },
    },
  });
  const stays = await ctx.prisma.person.count({
    where: { id: link.personId, ...answererWhere(meeting.partnershipId) },
  });
  return {
    meetingId: meeting.id,
    title: meeting.title,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meetingPlaceText(meeting),
    status: meeting.status,
    response: meeting.invitations[0]?.response ?? 'PENDING',
    personLeft: stays === 0,
  };
}

builder.queryField('meetingAnswerLink', (t) =>
  t.field({
    type: AnswerLinkRef,
    nullable: true,
    description: 'Open to anyone with the link from an invitation e-mail; null when it is unknown.',
    args: { token: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => {
      const token = tokenText.safeParse(args.token);
      return token.success ? viewAnswerLink(ctx, token.data) : null;
    },
  }),
);

const AnswerByLinkInput = builder.inputType('AnswerMeetingByLinkInput', {
  fields: (t) => ({
    token: t.string({ required: true }),
    response: t.field({ type: InvitationResponseEnum, required: true, description: 'YES, NO or MAYBE.' }),
  }),
});

builder.mutationField('answerMeetingByLink', (t) =>
  t.field({
    type: AnswerLinkRef,
    description:
      'Answers an invitation through the link in its e-mail; the same answer again changes nothing.',
    args: { input: t.arg({ type: AnswerByLinkInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFoundError, NotAllowedError],
      union: { name: 'AnswerMeetingByLinkResult' },
      result: { name: 'AnswerMeetingByLinkSuccess' },
      dataField: { name: 'answer' },
    },
    resolve: async (_root, args, ctx) => {
      const { token, response } = parseInput(
        z.object({ token: z.string().trim().max(100), response: z.enum(['YES', 'NO', 'MAYBE']) }),
        args.input,
      );
      const link = await findAnswerToken(ctx.prisma, token);
      if (!link) throw new NotFoundError();
      const person = await ctx.prisma.person.findUniqueOrThrow({
        where: { id: link.personId },
        select: { organisationId: true },
      });
      await ctx.prisma.$transaction((tx) =>
        answerInvitation(
          tx,
          ctx,
          link.meetingId,
          { personId: link.personId, organisationId: person.organisationId },
          response satisfies Answer,
        ),
      );
      const view = await viewAnswerLink(ctx, token);
      if (!view) throw new NotFoundError();
      return view;
    },
  }),
);
