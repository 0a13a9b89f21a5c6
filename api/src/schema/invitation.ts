import { hashPassword } from '@naboskab/db';
import { z } from 'zod';
import { idOf, optionalIdOf } from '../auth/partnership-access.ts';
import { hashToken } from '../auth/session.ts';
import { builder } from '../builder.ts';
import { acceptInvitation } from '../domain/account/accept-invitation.ts';
import { inviteUser, resendInvitation, revokeInvitation } from '../domain/account/invitations.ts';
import { startViewerSession } from '../domain/sign-in.ts';
import {
  ConflictError,
  InputValidationError,
  NotAllowedError,
  NotFoundError,
  parseInput,
} from '../errors.ts';
import { emailField, passwordField, requiredText } from './fields.ts';
import { OrganisationRef } from './organisation.ts';
import { PartnershipRef } from './partnership.ts';
import { UserRoleEnum } from './user.ts';
import { ViewerRef } from './viewer.ts';

const StatusEnum = builder.enumType('InvitationStatus', {
  values: ['PENDING', 'ACCEPTED', 'REVOKED', 'EXPIRED'] as const,
});

function statusOf(i: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }) {
  if (i.acceptedAt) return 'ACCEPTED' as const;
  if (i.revokedAt) return 'REVOKED' as const;
  return i.expiresAt.getTime() <= Date.now() ? ('EXPIRED' as const) : ('PENDING' as const);
}

// Seen by administrators, and by the coordinators of the partnership it concerns.
export const InvitationRef = builder.prismaNode('Invitation', {
  id: { field: 'id' },
  nullable: true,
  authScopes: (invitation) =>
    invitation.partnershipId ? { coordinatorOf: invitation.partnershipId } : { admin: true },
  fields: (t) => ({
    email: t.exposeString('email'),
    name: t.exposeString('name'),
    role: t.expose('role', { type: UserRoleEnum }),
    status: t.field({
      type: StatusEnum,
      select: { acceptedAt: true, revokedAt: true, expiresAt: true },
      resolve: statusOf,
    }),
    sentAt: t.expose('sentAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    organisation: t.relation('organisation', { type: OrganisationRef, nullable: true }),
    partnership: t.relation('partnership', { type: PartnershipRef, nullable: true }),
    invitedByName: t.string({
      nullable: true,
      select: { invitedBy: { select: { person: { select: { name: true } } } } },
      resolve: (i) => i.invitedBy?.person.name ?? null,
    }),
  }),
});

builder.queryField('invitations', (t) =>
  t.prismaConnection({
    type: 'Invitation',
    cursor: 'id',
    description:
      'Invitations, newest first: administrators see all, coordinators those of their partnerships.',
    authScopes: { admin: true, coordinator: true },
    args: {
      pendingOnly: t.arg.boolean({ description: 'Only those not accepted, revoked or expired.' }),
      partnershipId: t.arg.globalID({ for: PartnershipRef, description: 'Only those to this partnership.' }),
    },
    resolve: (query, _root, args, ctx) => {
      const partnershipId = optionalIdOf(ctx, args.partnershipId, 'Partnership', 'partnershipId');
      return ctx.prisma.invitation.findMany({
        ...query,
        where: {
          AND: [
            ctx.viewer?.role === 'ADMIN'
              ? {}
              : { partnershipId: { in: [...(ctx.viewer?.coordinatorOf ?? [])] } },
            partnershipId ? { partnershipId } : {},
            args.pendingOnly ? { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } } : {},
          ],
        },
        orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      });
    },
  }),
);

const InviteUserInput = builder.inputType('InviteUserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    name: t.string({ required: true }),
    role: t.field({
      type: UserRoleEnum,
      required: true,
      description: 'Coordinators can only invite COORDINATOR.',
    }),
    locale: t.string({ description: '"da" (default) or "en": the language of the e-mail.' }),
    organisationId: t.globalID({ for: OrganisationRef }),
    partnershipId: t.globalID({
      for: PartnershipRef,
      description: 'Required for a coordinator; a coordinator may only name their own partnership.',
    }),
  }),
});

const inviteInput = z.object({
  email: emailField,
  name: requiredText(120),
  role: z.enum(['ADMIN', 'COORDINATOR', 'VOLUNTEER', 'MINISTRY']),
  locale: z.enum(['da', 'en']).nullish(),
  organisationId: z.object({ id: z.string() }).nullish(),
  partnershipId: z.object({ id: z.string() }).nullish(),
});

builder.mutationField('inviteUser', (t) =>
  t.prismaField({
    type: InvitationRef,
    description: 'Invites a person by e-mail (a single-use link valid 7 days).',
    authScopes: (_root, args, ctx) => {
      const partnershipId = optionalIdOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId');
      return partnershipId ? { admin: true, coordinatorOf: partnershipId } : { admin: true };
    },
    args: { input: t.arg({ type: InviteUserInput, required: true }) },
    errors: {
      types: [InputValidationError, ConflictError, NotAllowedError],
      union: { name: 'InviteUserResult' },
      result: { name: 'InviteUserSuccess' },
      dataField: { name: 'invitation' },
    },
    resolve: async (query, _root, args, ctx) => {
      const input = parseInput(inviteInput, args.input);
      const id = await inviteUser(ctx, {
        ...input,
        locale: input.locale ?? 'da',
        organisationId: input.organisationId?.id ?? null,
        partnershipId: input.partnershipId?.id ?? null,
      });
      return ctx.prisma.invitation.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);

const InvitationIdInput = builder.inputType('InvitationIdInput', {
  fields: (t) => ({ invitationId: t.globalID({ required: true, for: InvitationRef }) }),
});

for (const [name, act, description, refusals] of [
  // Resending is an e-mail, counted against the limits of invitation e-mails.
  ['resendInvitation', resendInvitation, 'Sends a new link; the old one stops working.', [NotAllowedError]],
  ['revokeInvitation', revokeInvitation, 'Withdraws a pending invitation; its link stops working.', []],
] as const) {
  const typeName = `${name[0]?.toUpperCase()}${name.slice(1)}`;
  builder.mutationField(name, (t) =>
    t.prismaField({
      type: InvitationRef,
      description,
      authScopes: async (_root, args, ctx) => {
        const found = await ctx.prisma.invitation.findUnique({
          where: { id: idOf(ctx, args.input.invitationId, 'Invitation', 'input.invitationId') },
          select: { partnershipId: true },
        });
        return found?.partnershipId ? { admin: true, coordinatorOf: found.partnershipId } : { admin: true };
      },
      args: { input: t.arg({ type: InvitationIdInput, required: true }) },
      errors: {
        types: [NotFoundError, ConflictError, ...refusals],
        union: { name: `${typeName}Result` },
        result: { name: `${typeName}Success` },
        dataField: { name: 'invitation' },
      },
      resolve: async (query, _root, args, ctx) => {
        const id = idOf(ctx, args.input.invitationId, 'Invitation', 'input.invitationId');
        if (!(await ctx.prisma.invitation.findUnique({ where: { id }, select: { id: true } }))) {
          throw new NotFoundError();
        }
        await act(ctx, id);
        return ctx.prisma.invitation.findUniqueOrThrow({ ...query, where: { id } });
      },
    }),
  );
}

// What the person following the link sees before accepting: public, found by the secret token.
const InvitationPreviewRef = builder
  .objectRef<{
    email: string;
    name: string;
    role: string;
    organisation: string | null;
    partnership: string | null;
  }>('InvitationPreview')
  .implement({
    fields: (t) => ({
      email: t.exposeString('email'),
      name: t.exposeString('name'),
      role: t.field({ type: UserRoleEnum, resolve: (i) => i.role as never }),
      organisationName: t.exposeString('organisation', { nullable: true }),
      partnershipName: t.exposeString('partnership', { nullable: true }),
    }),
  });

builder.queryField('invitationByToken', (t) =>
  t.field({
    type: InvitationPreviewRef,
    nullable: true,
    description:
      'A pending invitation by the token in its link; null when invalid, used, revoked or expired.',
    args: { token: t.arg.string({ required: true, validate: z.string().max(200) }) },
    resolve: async (_root, { token }, ctx) => {
      const found = await ctx.prisma.invitation.findFirst({
        where: {
          tokenHash: hashToken(token),
          acceptedAt: null,
          revokedAt: null,
          expiresAt: { gt: new Date() },
        },
        include: { organisation: { select: { name: true } }, partnership: { select: { name: true } } },
      });
      return found
        ? {
            ...found,
            organisation: found.organisation?.name ?? null,
            partnership: found.partnership?.name ?? null,
          }
        : null;
    },
  }),
);

const AcceptedRef = builder
  .objectRef<{ viewer: import('../context.ts').Viewer; landing: string }>('AcceptedInvitation')
  .implement({
    fields: (t) => ({
      viewer: t.field({ type: ViewerRef, resolve: (a) => a.viewer }),
      landing: t.exposeString('landing', { description: 'Where to go next (a path).' }),
    }),
  });

const AcceptInvitationInput = builder.inputType('AcceptInvitationInput', {
  fields: (t) => ({ token: t.string({ required: true }), password: t.string({ required: true }) }),
});

builder.mutationField('acceptInvitation', (t) =>
  t.field({
    type: AcceptedRef,
    description: 'Accepts an invitation with a new password, creates the account and signs in.',
    args: { input: t.arg({ type: AcceptInvitationInput, required: true }) },
    errors: {
      types: [InputValidationError, NotAllowedError, ConflictError],
      union: { name: 'AcceptInvitationResult' },
      result: { name: 'AcceptInvitationSuccess' },
      dataField: { name: 'accepted' },
    },
    resolve: async (_root, args, ctx) => {
      const input = parseInput(
        z.object({ token: z.string().min(1).max(200), password: passwordField }),
        args.input,
      );
      const passwordHash = await hashPassword(input.password);
      const accepted = await ctx.prisma.$transaction((tx) =>
        acceptInvitation(tx, { token: input.token }, { passwordHash, password: input.password }),
      );
      return { viewer: await startViewerSession(ctx, accepted.userId), landing: accepted.landing };
    },
  }),
);
