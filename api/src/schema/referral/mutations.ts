import { type IdArg, idOf, optionalIdOf } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { guideOfReferral } from '../../domain/referral/access.ts';
import { eraseReferral } from '../../domain/referral/erase-referral.ts';
import {
  connectReferralInput,
  measureInput,
  recordReferralInput,
  transitionReferralInput,
} from '../../domain/referral/inputs.ts';
import { recordMeasure } from '../../domain/referral/record-measure.ts';
import { recordReferral } from '../../domain/referral/record-referral.ts';
import { connectReferral, transitionReferral } from '../../domain/referral/transition-referral.ts';
import { ConflictError, InputValidationError, NotFoundError, parseInput } from '../../errors.ts';
import { AreaRef } from '../area.ts';
import { OrganisationRef } from '../organisation.ts';
import { ArenaEnum, PartnershipRef } from '../partnership.ts';
import { UserRef } from '../user.ts';
import { ActivityRef } from '../volunteer/activity.ts';
import {
  AgeBandEnum,
  ContactChannelEnum,
  ReferralBarrierEnum,
  ReferralCloseReasonEnum,
  ReferralConsentScopeEnum,
  ReferralMeasurePhaseEnum,
  ReferralReasonEnum,
  ReferralRef,
  ReferralSourceEnum,
  ReferralStateEnum,
} from './types.ts';

const errors = (name: string) => ({
  types: [InputValidationError, NotFoundError, ConflictError],
  union: { name: `${name}Result` },
  result: { name: `${name}Success` },
  dataField: { name: 'referral' },
});

/** Work on a referral: its own guide, or a coordinator-guide of its partnership (the where decides which). */
type OnReferral = { input: { referralId: IdArg } };
const onReferral = (_root: unknown, args: OnReferral, ctx: Context) =>
  guideOfReferral(ctx, args.input.referralId, 'input.referralId');
const referralId = (args: OnReferral, ctx: Context) =>
  idOf(ctx, args.input.referralId, 'Referral', 'input.referralId');

const RecordReferralInput = builder.inputType('RecordReferralInput', {
  fields: (t) => ({
    partnershipId: t.globalID({ required: true, for: PartnershipRef }),
    guideId: t.globalID({
      for: UserRef,
      description: 'Another guide of the partnership; the viewer by default.',
    }),
    areaId: t.globalID({
      for: AreaRef,
      description: "One of the partnership's areas, where the citizen lives.",
    }),
    source: t.field({ type: ReferralSourceEnum, required: true }),
    firstName: t.string({ required: true, description: 'First name or initials. Never a CPR number.' }),
    phone: t.string(),
    email: t.string(),
    preferredChannel: t.field({ type: ContactChannelEnum }),
    ageBand: t.field({ type: AgeBandEnum, required: true }),
    reasons: t.field({ type: [ReferralReasonEnum], required: true }),
    whatMatters: t.string({ description: '"What matters to me", at most 500 characters.' }),
    arenas: t.field({ type: [ArenaEnum], required: true }),
    barriers: t.field({ type: [ReferralBarrierEnum] }),
    accompaniment: t.boolean({ required: true }),
    consentScopes: t.field({ type: [ReferralConsentScopeEnum], required: true }),
    consentGivenOn: t.field({ type: 'Date', required: true }),
  }),
});

builder.mutationField('recordReferral', (t) =>
  t.prismaField({
    type: 'Referral',
    description:
      'A fællesskabsguide records a referral with the citizen’s consent (scope, date, recorded by).',
    args: { input: t.arg({ type: RecordReferralInput, required: true }) },
    authScopes: (_root, args, ctx) => ({
      guideOf: idOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId'),
    }),
    errors: errors('RecordReferral'),
    resolve: async (query, _root, args, ctx) => {
      const { partnershipId, guideId, areaId, ...fields } = args.input;
      const input = parseInput(recordReferralInput, fields);
      const referral = await recordReferral(
        ctx,
        idOf(ctx, partnershipId, 'Partnership', 'input.partnershipId'),
        {
          ...input,
          guideUserId: optionalIdOf(ctx, guideId, 'User', 'input.guideId') ?? ctx.viewer?.userId ?? '',
          areaId: optionalIdOf(ctx, areaId, 'Area', 'input.areaId'),
        },
      );
      return ctx.prisma.referral.findUniqueOrThrow({ ...query, where: { id: referral.id } });
    },
  }),
);

const TransitionReferralInput = builder.inputType('TransitionReferralInput', {
  fields: (t) => ({
    referralId: t.globalID({ required: true, for: ReferralRef }),
    from: t.field({
      type: ReferralStateEnum,
      required: true,
      description: 'The state the guide saw: if it has changed meanwhile, nothing happens (ConflictError).',
    }),
    to: t.field({ type: ReferralStateEnum, required: true }),
    closeReason: t.field({ type: ReferralCloseReasonEnum, description: 'Required when closing.' }),
    noMatchingActivity: t.boolean({ description: 'No activity matched: counts as unmet need.' }),
  }),
});

builder.mutationField('transitionReferral', (t) =>
  t.prismaField({
    type: 'Referral',
    description: 'Moves a referral to another state, if the state machine allows it from where it is now.',
    args: { input: t.arg({ type: TransitionReferralInput, required: true }) },
    authScopes: onReferral,
    errors: errors('TransitionReferral'),
    resolve: async (query, _root, args, ctx) => {
      const { referralId: _id, ...fields } = args.input;
      const referral = await transitionReferral(
        ctx,
        referralId(args, ctx),
        parseInput(transitionReferralInput, fields),
      );
      return ctx.prisma.referral.findUniqueOrThrow({ ...query, where: { id: referral.id } });
    },
  }),
);

const ConnectReferralInput = builder.inputType('ConnectReferralInput', {
  fields: (t) => ({
    referralId: t.globalID({ required: true, for: ReferralRef }),
    activityId: t.globalID({ for: ActivityRef }),
    associationId: t.globalID({
      for: OrganisationRef,
      description: 'A member organisation of the partnership.',
    }),
    hostName: t.string({ required: true }),
    hostPhone: t.string(),
    hostEmail: t.string(),
  }),
});

builder.mutationField('connectReferral', (t) =>
  t.prismaField({
    type: 'Referral',
    description: 'Koblet: the activity and/or association and the named host who welcomes the citizen.',
    args: { input: t.arg({ type: ConnectReferralInput, required: true }) },
    authScopes: onReferral,
    errors: errors('ConnectReferral'),
    resolve: async (query, _root, args, ctx) => {
      const { activityId, associationId, hostName, hostPhone, hostEmail } = args.input;
      if (!activityId && !associationId) {
        throw new InputValidationError([
          { path: ['input', 'activityId'], message: 'referral.placeRequired' },
        ]);
      }
      const host = parseInput(connectReferralInput, { hostName, hostPhone, hostEmail });
      const referral = await connectReferral(ctx, referralId(args, ctx), {
        ...host,
        activityId: optionalIdOf(ctx, activityId, 'Activity', 'input.activityId'),
        organisationId: optionalIdOf(ctx, associationId, 'Organisation', 'input.associationId'),
      });
      return ctx.prisma.referral.findUniqueOrThrow({ ...query, where: { id: referral.id } });
    },
  }),
);

const RecordReferralMeasureInput = builder.inputType('RecordReferralMeasureInput', {
  fields: (t) => ({
    referralId: t.globalID({ required: true, for: ReferralRef }),
    phase: t.field({ type: ReferralMeasurePhaseEnum, required: true }),
    tils: t.intList({ required: true, description: 'Three T-ILS/UCLA-3 items, 1-3 each.' }),
    ons: t.int({ required: true, description: 'ONS direct question, 1 never … 5 often or always.' }),
    who5: t.intList({ required: true, description: 'Five WHO-5 items, 0-5 each.' }),
  }),
});

builder.mutationField('recordReferralMeasure', (t) =>
  t.prismaField({
    type: 'Referral',
    description: 'Records or corrects a measure (baseline, end, 3 months) of an open referral.',
    args: { input: t.arg({ type: RecordReferralMeasureInput, required: true }) },
    authScopes: onReferral,
    errors: errors('RecordReferralMeasure'),
    resolve: async (query, _root, args, ctx) => {
      const { referralId: _id, ...fields } = args.input;
      await recordMeasure(ctx, referralId(args, ctx), parseInput(measureInput, fields));
      return ctx.prisma.referral.findUniqueOrThrow({ ...query, where: { id: referralId(args, ctx) } });
    },
  }),
);

const EraseReferralInput = builder.inputType('EraseReferralInput', {
  fields: (t) => ({ referralId: t.globalID({ required: true, for: ReferralRef }) }),
});

builder.mutationField('eraseReferral', (t) =>
  t.prismaField({
    type: 'Referral',
    description:
      'The citizen withdraws consent or asks to be erased: an open referral closes, and the personal data is deleted now. Figures stay.',
    args: { input: t.arg({ type: EraseReferralInput, required: true }) },
    authScopes: onReferral,
    errors: errors('EraseReferral'),
    resolve: async (query, _root, args, ctx) => {
      await eraseReferral(ctx, referralId(args, ctx));
      return ctx.prisma.referral.findUniqueOrThrow({ ...query, where: { id: referralId(args, ctx) } });
    },
  }),
);
