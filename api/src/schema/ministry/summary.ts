import type { MemberRole, OrganisationKind } from '@naboskab/db';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { idOf } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { meetsBar } from '../../domain/association-bar.ts';
import { type PartnershipSummary, summarisePartnership } from '../../domain/summarise-partnership.ts';
import { GrantStatusEnum } from '../funding/types.ts';
import { OrganisationKindEnum } from '../organisation.ts';
import { ArenaEnum, MemberRoleEnum, PartnershipStatusEnum, TargetGroupEnum } from '../partnership.ts';
import { LonelinessTotalRef } from './map.ts';

type Grant = PartnershipSummary['grants'][number];
type Outcomes = PartnershipSummary['outcomes'];

const KindCountRef = builder
  .objectRef<{ key: OrganisationKind; count: number }>('OrganisationKindCount')
  .implement({
    fields: (t) => ({ kind: t.expose('key', { type: OrganisationKindEnum }), count: t.exposeInt('count') }),
  });
const RoleCountRef = builder.objectRef<{ key: MemberRole; count: number }>('MemberRoleCount').implement({
  fields: (t) => ({ role: t.expose('key', { type: MemberRoleEnum }), count: t.exposeInt('count') }),
});

const GrantSummaryRef = builder.objectRef<Grant>('MinistryGrant').implement({
  fields: (t) => ({
    id: t.id({ resolve: (g) => encodeGlobalID('Grant', g.id) }),
    caseNumber: t.exposeString('caseNumber'),
    amount: t.field({ type: 'Money', resolve: (g) => g.amountOre }),
    paid: t.field({ type: 'Money', resolve: (g) => g.paidOre }),
    status: t.expose('status', { type: GrantStatusEnum }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    awardedOn: t.expose('awardedOn', { type: 'Date', nullable: true }),
    recipientName: t.string({ resolve: (g) => g.recipientOrganisation.name }),
    poolName: t.string({ resolve: (g) => g.round.pool.name }),
    roundName: t.string({ resolve: (g) => g.round.name }),
    funderName: t.string({ resolve: (g) => g.round.pool.funderName }),
  }),
});

const OutcomeSummaryRef = builder.objectRef<Outcomes>('OutcomeSummary').implement({
  description: 'Sums of all outcome reports of a partnership.',
  fields: (t) => ({
    reports: t.exposeInt('reports'),
    firstPeriodStart: t.expose('firstPeriodStart', { type: 'Date', nullable: true }),
    lastPeriodEnd: t.expose('lastPeriodEnd', { type: 'Date', nullable: true }),
    participantsReached: t.exposeInt('participantsReached'),
    newParticipantsBridged: t.exposeInt('newParticipantsBridged', {
      nullable: true,
      description:
        'Confirmed first attendances once the partnership records referrals (null when 1-4), else the reports’ typed figure.',
    }),
    activitiesHeld: t.exposeInt('activitiesHeld'),
    loneliness: t.field({ type: [LonelinessTotalRef], resolve: (o) => o.loneliness }),
  }),
});

const SummaryAreaRef = builder
  .objectRef<{ name: string; municipality: string }>('MinistrySummaryArea')
  .implement({
    fields: (t) => ({ name: t.exposeString('name'), municipality: t.exposeString('municipality') }),
  });

const SummaryRef = builder.objectRef<PartnershipSummary>('MinistryPartnershipSummary').implement({
  description: "The ministry side panel's view of a funded partnership: organisations and figures only.",
  fields: (t) => ({
    id: t.id({ resolve: (p) => encodeGlobalID('Partnership', p.id) }),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    description: t.exposeString('description'),
    status: t.expose('status', { type: PartnershipStatusEnum }),
    arenas: t.expose('arenas', { type: [ArenaEnum] }),
    targetGroups: t.expose('targetGroups', { type: [TargetGroupEnum] }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true }),
    areas: t.field({ type: [SummaryAreaRef], resolve: (p) => p.areas }),
    memberCount: t.exposeInt('memberCount'),
    membersByKind: t.field({ type: [KindCountRef], resolve: (p) => p.membersByKind }),
    membersByRole: t.field({ type: [RoleCountRef], resolve: (p) => p.membersByRole }),
    associations: t.exposeInt('associations'),
    associationBar: t.int({ nullable: true, resolve: (p) => p.associationBar }),
    meetsAssociationBar: t.boolean({
      nullable: true,
      description: 'Null when no pool of the partnership sets the association bar.',
      resolve: (p) => meetsBar(p.associations, p.associationBar),
    }),
    grants: t.field({ type: [GrantSummaryRef], resolve: (p) => p.grants }),
    granted: t.field({ type: 'Money', resolve: (p) => p.grantedOre }),
    paid: t.field({ type: 'Money', resolve: (p) => p.paidOre }),
    signOnFees: t.field({ type: 'Money', resolve: (p) => p.signOnFeesOre }),
    signOnFeeCount: t.exposeInt('signOnFeeCount'),
    outcomes: t.field({ type: OutcomeSummaryRef, resolve: (p) => p.outcomes }),
    upcomingMeetings: t.exposeInt('upcomingMeetings'),
  }),
});

builder.queryField('ministryPartnership', (t) =>
  t.field({
    type: SummaryRef,
    nullable: true,
    description: 'The side-panel summary of a funded partnership; null when missing or not funded.',
    authScopes: { ministry: true, admin: true },
    args: { id: t.arg.globalID({ required: true }) },
    resolve: (_root, args, ctx) => {
      return summarisePartnership(ctx.prisma, idOf(ctx, args.id, 'Partnership', 'id'));
    },
  }),
);
