import {
  AgeBand,
  ContactChannel,
  HostLinkPurpose,
  ReferralBarrier,
  ReferralCloseReason,
  ReferralConsentScope,
  ReferralMeasurePhase,
  ReferralReason,
  ReferralSource,
  ReferralState,
} from '@naboskab/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { logReferralRead, readableReferralWhere } from '../../domain/referral/access.ts';
import { exportReferral } from '../../domain/referral/export-referral.ts';
import { nextStepOf } from '../../domain/referral/next-step.ts';
import { SEVERE_TILS, tilsScore, who5Percent, who5Raw } from '../../domain/referral/scores.ts';
import { FHIR_TASK_STATUS, PLACE_MEMBER_ROLE } from '../../domain/referral/states.ts';
import { ArenaEnum } from '../partnership.ts';

export const ReferralStateEnum = builder.enumType(ReferralState, { name: 'ReferralState' });
export const ReferralSourceEnum = builder.enumType(ReferralSource, { name: 'ReferralSource' });
export const ContactChannelEnum = builder.enumType(ContactChannel, { name: 'ContactChannel' });
export const AgeBandEnum = builder.enumType(AgeBand, { name: 'AgeBand' });
export const ReferralReasonEnum = builder.enumType(ReferralReason, { name: 'ReferralReason' });
export const ReferralBarrierEnum = builder.enumType(ReferralBarrier, { name: 'ReferralBarrier' });
export const ReferralConsentScopeEnum = builder.enumType(ReferralConsentScope, {
  name: 'ReferralConsentScope',
});
export const ReferralCloseReasonEnum = builder.enumType(ReferralCloseReason, { name: 'ReferralCloseReason' });
export const ReferralMeasurePhaseEnum = builder.enumType(ReferralMeasurePhase, {
  name: 'ReferralMeasurePhase',
});
export const HostLinkPurposeEnum = builder.enumType(HostLinkPurpose, { name: 'HostLinkPurpose' });
const NextStepEnum = builder.enumType('ReferralNextStep', {
  values: [
    'CONTACT',
    'FIRST_CONVERSATION',
    'CONNECT',
    'CONFIRM_ATTENDANCE',
    'FOLLOW_UP',
    'WAIT_FOR_FOLLOW_UP',
    'CLOSE',
    'RESUME',
    'NONE',
  ] as const,
});

const PlaceOptionRef = builder
  .objectRef<{ id: string; name: string; kind: 'ACTIVITY' | 'ASSOCIATION' }>('ReferralPlaceOption')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id', { description: 'An Activity or Organisation global id.' }),
      name: t.exposeString('name'),
      kind: t.exposeString('kind', { description: 'ACTIVITY or ASSOCIATION.' }),
    }),
  });

const CitizenRef = builder
  .objectRef<{
    firstName: string | null;
    phone: string | null;
    email: string | null;
    preferredChannel: ContactChannel | null;
    whatMatters: string | null;
  }>('ReferralCitizen')
  .implement({
    description: 'Personal data: who the citizen is and how to reach them. Every read is logged.',
    fields: (t) => ({
      firstName: t.exposeString('firstName', { nullable: true, description: 'First name or initials.' }),
      phone: t.exposeString('phone', { nullable: true }),
      email: t.exposeString('email', { nullable: true }),
      preferredChannel: t.expose('preferredChannel', { type: ContactChannelEnum, nullable: true }),
      whatMatters: t.exposeString('whatMatters', {
        nullable: true,
        description: '"What matters to me", short.',
      }),
    }),
  });

const HostRef = builder
  .objectRef<{ name: string | null; phone: string | null; email: string | null }>('ReferralHost')
  .implement({
    description: 'Personal data: the named person who welcomes the citizen (værten).',
    fields: (t) => ({
      name: t.exposeString('name', { nullable: true }),
      phone: t.exposeString('phone', { nullable: true }),
      email: t.exposeString('email', { nullable: true }),
    }),
  });

builder.prismaObject('ReferralStateChange', {
  fields: (t) => ({
    fromState: t.expose('fromState', { type: ReferralStateEnum, nullable: true }),
    toState: t.expose('toState', { type: ReferralStateEnum }),
    at: t.expose('at', { type: 'DateTime' }),
    byHost: t.exposeBoolean('byHost', { description: 'Confirmed by the host through their link.' }),
  }),
});

builder.prismaObject('ReferralMeasure', {
  fields: (t) => ({
    phase: t.expose('phase', { type: ReferralMeasurePhaseEnum }),
    tils: t.exposeIntList('tils', {
      description: 'T-ILS/UCLA-3 items 1-3: lacks company, left out, isolated.',
    }),
    tilsScore: t.int({ description: '3-9.', resolve: (m) => tilsScore(m.tils) }),
    severeLoneliness: t.boolean({
      description: 'T-ILS 7 or more.',
      resolve: (m) => tilsScore(m.tils) >= SEVERE_TILS,
    }),
    ons: t.exposeInt('ons', {
      description: 'ONS "How often do you feel lonely?": 1 never … 5 often or always.',
    }),
    who5: t.exposeIntList('who5', { description: 'WHO-5 items 0-5.' }),
    who5Raw: t.int({ description: '0-25.', resolve: (m) => who5Raw(m.who5) }),
    who5Percent: t.int({ description: '0-100 (raw × 4).', resolve: (m) => who5Percent(who5Raw(m.who5)) }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime' }),
  }),
});

export const ReferralRef = builder.prismaNode('Referral', {
  id: { field: 'id' },
  nullable: true,
  description:
    "A citizen referred to a fællesskabsguide. Only the referral's own guide and the partnership's coordinators who are guides can load it; reads of its personal data are logged.",
  authScopes: { signedIn: true },
  findUnique: async (id, ctx) => ({ id: id, AND: [await readableReferralWhere(ctx)] }),
  fields: (t) => ({
    state: t.expose('state', { type: ReferralStateEnum }),
    fhirTaskStatus: t.string({
      description: 'FHIR R4 Task.status.',
      resolve: (r) => FHIR_TASK_STATUS[r.state],
    }),
    stateBeforeHold: t.expose('stateBeforeHold', { type: ReferralStateEnum, nullable: true }),
    source: t.expose('source', { type: ReferralSourceEnum }),
    ageBand: t.expose('ageBand', { type: AgeBandEnum }),
    reasons: t.expose('reasons', { type: [ReferralReasonEnum] }),
    arenas: t.expose('arenas', { type: [ArenaEnum] }),
    barriers: t.expose('barriers', { type: [ReferralBarrierEnum] }),
    accompaniment: t.exposeBoolean('accompaniment', {
      description: 'The citizen needs someone to go along (følgeskab).',
    }),
    consentScopes: t.expose('consentScopes', { type: [ReferralConsentScopeEnum] }),
    consentGivenOn: t.expose('consentGivenOn', { type: 'Date' }),
    consentWithdrawnAt: t.expose('consentWithdrawnAt', { type: 'DateTime', nullable: true }),
    referredAt: t.expose('referredAt', { type: 'DateTime' }),
    contactedAt: t.expose('contactedAt', { type: 'DateTime', nullable: true }),
    firstConversationAt: t.expose('firstConversationAt', { type: 'DateTime', nullable: true }),
    connectedAt: t.expose('connectedAt', { type: 'DateTime', nullable: true }),
    firstAttendanceAt: t.expose('firstAttendanceAt', { type: 'DateTime', nullable: true }),
    followUpAt: t.expose('followUpAt', { type: 'DateTime', nullable: true }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    closeReason: t.expose('closeReason', { type: ReferralCloseReasonEnum, nullable: true }),
    stillTakingPart: t.exposeBoolean('stillTakingPart', { nullable: true }),
    noMatchingActivity: t.boolean({ resolve: (r) => r.noMatchingActivityAt !== null }),
    personalDataDeletedAt: t.expose('personalDataDeletedAt', { type: 'DateTime', nullable: true }),
    nextStep: t.field({ type: NextStepEnum, resolve: (r) => nextStepOf(r).step }),
    overdue: t.boolean({
      description: 'Not contacted within 14 days, or follow-up due.',
      resolve: (r) => nextStepOf(r).overdue,
    }),
    dueOn: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'When the next step is due.',
      resolve: (r) => nextStepOf(r).dueOn,
    }),
    partnershipName: t.string({
      select: { partnership: { select: { name: true } } },
      resolve: (r) => r.partnership.name,
    }),
    partnershipId: t.id({ resolve: (r) => encodeGlobalID('Partnership', r.partnershipId) }),
    areaName: t.string({
      nullable: true,
      select: { area: { select: { name: true } } },
      resolve: (r) => r.area?.name ?? null,
    }),
    guideName: t.string({
      nullable: true,
      select: { guide: { select: { person: { select: { name: true } } } } },
      resolve: (r) => r.guide?.person.name ?? null,
    }),
    viewerIsGuide: t.boolean({ resolve: (r, _args, ctx) => r.guideUserId === ctx.viewer?.userId }),
    activityTitle: t.string({
      nullable: true,
      select: { activity: { select: { title: true } } },
      resolve: (r) => r.activity?.title ?? null,
    }),
    associationName: t.string({
      nullable: true,
      select: { organisation: { select: { name: true } } },
      resolve: (r) => r.organisation?.name ?? null,
    }),
    placeOptions: t.field({
      type: [PlaceOptionRef],
      description: "The partnership's activities and voluntary associations the citizen can be connected to.",
      resolve: async (r, _args, ctx) => {
        const [activities, members] = await Promise.all([
          ctx.prisma.activity.findMany({
            where: { partnershipId: r.partnershipId },
            select: { id: true, title: true },
            orderBy: { title: 'asc' },
          }),
          ctx.prisma.partnershipMember.findMany({
            where: { partnershipId: r.partnershipId, role: PLACE_MEMBER_ROLE },
            select: { organisation: { select: { id: true, name: true } } },
            orderBy: { organisation: { name: 'asc' } },
          }),
        ]);
        return [
          ...activities.map((a) => ({
            id: encodeGlobalID('Activity', a.id),
            name: a.title,
            kind: 'ACTIVITY' as const,
          })),
          ...members.map((m) => ({
            id: encodeGlobalID('Organisation', m.organisation.id),
            name: m.organisation.name,
            kind: 'ASSOCIATION' as const,
          })),
        ];
      },
    }),
    citizen: t.field({
      type: CitizenRef,
      nullable: true,
      description: 'Null once deleted. Reading it is logged.',
      resolve: async (r, _args, ctx) => {
        if (r.personalDataDeletedAt) return null;
        await logReferralRead(ctx, r.id);
        return r;
      },
    }),
    host: t.field({
      type: HostRef,
      nullable: true,
      description: 'Null until connected, and once deleted. Reading it is logged.',
      resolve: async (r, _args, ctx) => {
        if (r.personalDataDeletedAt || !r.hostName) return null;
        await logReferralRead(ctx, r.id);
        return { name: r.hostName, phone: r.hostPhone, email: r.hostEmail };
      },
    }),
    history: t.relation('changes', { query: { orderBy: [{ at: 'asc' }, { id: 'asc' }] } }),
    measures: t.relation('measures', { query: { orderBy: { recordedAt: 'asc' } } }),
    personalDataExport: t.field({
      type: 'JSON',
      description: 'Everything held about the citizen (a request for access). Logged.',
      resolve: async (r, _args, ctx) => {
        await logReferralRead(ctx, r.id, 'EXPORT');
        return exportReferral(ctx.prisma, r.id);
      },
    }),
  }),
});
