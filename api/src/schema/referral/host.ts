import { z } from 'zod';
import { idOf } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { guideOfReferral } from '../../domain/referral/access.ts';
import { confirmHostLink, issueHostLink, viewHostLink } from '../../domain/referral/host-link.ts';
import { ConflictError, NotAllowedError, NotFoundError } from '../../errors.ts';
import { HostLinkPurposeEnum, ReferralRef } from './types.ts';

// The host's single-use link: the guide makes it, the host opens it without an account.

const IssuedRef = builder
  .objectRef<{
    url: string;
    purpose: 'FIRST_ATTENDANCE' | 'FOLLOW_UP';
    expiresAt: Date;
    hostEmail: string | null;
    hostPhone: string | null;
  }>('HostLinkIssued')
  .implement({
    fields: (t) => ({
      url: t.exposeString('url', { description: 'Shown once: send it to the host by SMS or e-mail.' }),
      purpose: t.expose('purpose', { type: HostLinkPurposeEnum }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
      hostEmail: t.exposeString('hostEmail', { nullable: true }),
      hostPhone: t.exposeString('hostPhone', { nullable: true }),
    }),
  });

const IssueHostLinkInput = builder.inputType('IssueHostLinkInput', {
  fields: (t) => ({ referralId: t.globalID({ required: true, for: ReferralRef }) }),
});

builder.mutationField('issueHostLink', (t) =>
  t.field({
    type: IssuedRef,
    description:
      'A new single-use link for the host (first attendance when connected, still taking part at follow-up); earlier unused links stop working.',
    args: { input: t.arg({ type: IssueHostLinkInput, required: true }) },
    authScopes: (_root, args, ctx) => guideOfReferral(ctx, args.input.referralId, 'input.referralId'),
    errors: {
      types: [NotFoundError, ConflictError, NotAllowedError],
      union: { name: 'IssueHostLinkResult' },
      result: { name: 'IssueHostLinkSuccess' },
      dataField: { name: 'link' },
    },
    resolve: (_root, args, ctx) =>
      issueHostLink(ctx, idOf(ctx, args.input.referralId, 'Referral', 'input.referralId')),
  }),
);

const token = z.string().trim().min(20).max(100);

const HostViewRef = builder
  .objectRef<{ purpose: 'FIRST_ATTENDANCE' | 'FOLLOW_UP'; firstName: string; placeName: string }>(
    'HostLinkView',
  )
  .implement({
    description: 'What the host sees: the first name and the place, nothing else.',
    fields: (t) => ({
      purpose: t.expose('purpose', { type: HostLinkPurposeEnum }),
      firstName: t.exposeString('firstName'),
      placeName: t.exposeString('placeName'),
    }),
  });

builder.queryField('hostLink', (t) =>
  t.field({
    type: HostViewRef,
    nullable: true,
    description: 'Open to anyone with the link; null when it is unknown, used, replaced or expired.',
    args: { token: t.arg.string({ required: true, validate: token }) },
    resolve: (_root, args, ctx) => viewHostLink(ctx, args.token),
  }),
);

const ConfirmHostLinkInput = builder.inputType('ConfirmHostLinkInput', {
  fields: (t) => ({
    token: t.string({ required: true }),
    takingPart: t.boolean({
      required: true,
      description:
        'First attendance: true when the citizen came (false keeps the link). Follow-up: still taking part.',
    }),
  }),
});

const ConfirmedRef = builder
  .objectRef<{ purpose: 'FIRST_ATTENDANCE' | 'FOLLOW_UP'; takingPart: boolean }>('HostConfirmation')
  .implement({
    fields: (t) => ({
      purpose: t.expose('purpose', { type: HostLinkPurposeEnum }),
      takingPart: t.exposeBoolean('takingPart'),
    }),
  });

builder.mutationField('confirmHostLink', (t) =>
  t.field({
    type: ConfirmedRef,
    description: 'The host answers through their link, once. No account needed.',
    args: { input: t.arg({ type: ConfirmHostLinkInput, required: true }) },
    errors: {
      types: [ConflictError],
      union: { name: 'ConfirmHostLinkResult' },
      result: { name: 'ConfirmHostLinkSuccess' },
      dataField: { name: 'confirmation' },
    },
    resolve: (_root, args, ctx) =>
      confirmHostLink(ctx, args.input.token.slice(0, 100), args.input.takingPart),
  }),
);
