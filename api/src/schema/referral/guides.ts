import { idOf } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { audit } from '../../domain/audit.ts';
import { guides, inPartnershipWhere } from '../../domain/referral/access.ts';
import { holdGuideCandidate, lockGuideships } from '../../domain/referral/guideships.ts';
import { suppressColumn } from '../../domain/referral/suppression.ts';
import { addUnmetNeedToAgenda } from '../../domain/referral/unmet-need.ts';
import { ConflictError, fieldIssue, InputValidationError, NotFoundError } from '../../errors.ts';
import { PartnershipRef } from '../partnership.ts';
import { UserRef } from '../user.ts';
import { ReferralStateEnum } from './types.ts';

// Who the partnership's fællesskabsguides are, and the coordinators' counts-only view.

const GuideRef = builder
  .objectRef<{ userId: string; name: string; isGuide: boolean; isCoordinator: boolean }>(
    'PartnershipGuideCandidate',
  )
  .implement({
    description: 'A coordinator or member staff of the partnership, and whether they are a fællesskabsguide.',
    fields: (t) => ({
      userId: t.globalID({ resolve: (g) => ({ type: 'User', id: g.userId }) }),
      name: t.exposeString('name'),
      isGuide: t.exposeBoolean('isGuide'),
      isCoordinator: t.exposeBoolean('isCoordinator'),
    }),
  });

const CountRef = builder
  .objectRef<{ state: string; count: { value: number | null; suppression: 'SMALL' | 'COMPLEMENT' | null } }>(
    'ReferralStateFigure',
  )
  .implement({
    fields: (t) => ({
      state: t.field({ type: ReferralStateEnum, resolve: (c) => c.state as never }),
      count: t.int({ nullable: true, description: 'Null when suppressed.', resolve: (c) => c.count.value }),
      suppressed: t.boolean({ resolve: (c) => c.count.suppression !== null }),
    }),
  });

builder.prismaObjectFields('Partnership', (t) => ({
  viewerIsGuide: t.boolean({
    description: 'The viewer is a fællesskabsguide of this partnership.',
    resolve: (p, _args, ctx) => guides(ctx, p.id),
  }),
  guideCandidates: t.field({
    type: [GuideRef],
    description: 'Coordinators and member staff (coordinator accounts) who can be guides.',
    authScopes: (p) => ({ coordinatorOf: p.id }),
    resolve: async (p, _args, ctx) => {
      const users = await ctx.prisma.user.findMany({
        where: staffWhere(p.id),
        select: {
          id: true,
          person: { select: { name: true } },
          guideOf: { where: { partnershipId: p.id } },
          coordinates: { where: { partnershipId: p.id } },
        },
        orderBy: { person: { name: 'asc' } },
        take: 200,
      });
      return users.map((u) => ({
        userId: u.id,
        name: u.person.name,
        isGuide: u.guideOf.length > 0,
        isCoordinator: u.coordinates.length > 0,
      }));
    },
  }),
  referralStates: t.field({
    type: [CountRef],
    description: "The partnership's referrals by state: counts only, suppressed (a table with a total).",
    authScopes: (p) => ({ coordinatorOf: p.id, guideOf: p.id }),
    resolve: async (p, _args, ctx) => {
      const groups = await ctx.prisma.referral.groupBy({
        by: ['state'],
        where: { partnershipId: p.id },
        _count: { _all: true },
        orderBy: { state: 'asc' },
      });
      const cells = suppressColumn(groups.map((g) => g._count._all));
      return groups.map((g, index) => ({
        state: g.state,
        count: cells[index] ?? { value: null, suppression: 'SMALL' },
      }));
    },
  }),
}));

/** Staff of a partnership: its coordinators, and users with coordinator accounts at a member organisation. */
const staffWhere = (partnershipId: string) => ({
  role: 'COORDINATOR' as const,
  disabledAt: null,
  ...inPartnershipWhere(partnershipId),
});

const SetGuideInput = builder.inputType('SetPartnershipGuideInput', {
  fields: (t) => ({
    partnershipId: t.globalID({ required: true, for: PartnershipRef }),
    userId: t.globalID({ required: true, for: UserRef }),
    guide: t.boolean({ required: true }),
  }),
});

builder.mutationField('setPartnershipGuide', (t) =>
  t.prismaField({
    type: 'Partnership',
    description:
      'Makes a coordinator or member staff a fællesskabsguide of the partnership, or not. Their referrals stay theirs.',
    args: { input: t.arg({ type: SetGuideInput, required: true }) },
    authScopes: (_root, args, ctx) => ({
      coordinatorOf: idOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId'),
    }),
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'SetPartnershipGuideResult' },
      result: { name: 'SetPartnershipGuideSuccess' },
      dataField: { name: 'partnership' },
    },
    resolve: async (query, _root, args, ctx) => {
      const partnershipId = idOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId');
      const userId = idOf(ctx, args.input.userId, 'User', 'input.userId');
      await ctx.prisma.$transaction(async (tx) => {
        await holdGuideCandidate(tx, userId);
        await lockGuideships(tx, partnershipId);
        if (!(await tx.user.count({ where: { id: userId, ...staffWhere(partnershipId) } }))) {
          throw fieldIssue(['input', 'userId'], 'referral.guideNotStaff');
        }
        const key = { partnershipId_userId: { partnershipId, userId } };
        if (args.input.guide)
          await tx.partnershipGuide.upsert({ where: key, create: { partnershipId, userId }, update: {} });
        else await tx.partnershipGuide.deleteMany({ where: { partnershipId, userId } });
        await audit(tx, ctx, {
          action: args.input.guide ? 'partnershipGuide.add' : 'partnershipGuide.remove',
          entityType: 'User',
          entityId: userId,
          partnershipId,
        });
      });
      return ctx.prisma.partnership.findUniqueOrThrow({ ...query, where: { id: partnershipId } });
    },
  }),
);

const AgendaInput = builder.inputType('AddUnmetNeedToAgendaInput', {
  fields: (t) => ({ partnershipId: t.globalID({ required: true, for: PartnershipRef }) }),
});

builder.mutationField('addUnmetNeedToAgenda', (t) =>
  t.prismaField({
    type: 'AgendaItem',
    description:
      'Adds the unmet need (counts by area and arena, suppressed) to the agenda of the next joint meeting.',
    args: { input: t.arg({ type: AgendaInput, required: true }) },
    authScopes: (_root, args, ctx) => ({
      coordinatorOf: idOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId'),
    }),
    errors: {
      types: [ConflictError],
      union: { name: 'AddUnmetNeedToAgendaResult' },
      result: { name: 'AddUnmetNeedToAgendaSuccess' },
      dataField: { name: 'agendaItem' },
    },
    resolve: async (query, _root, args, ctx) => {
      const item = await addUnmetNeedToAgenda(
        ctx,
        idOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId'),
      );
      return ctx.prisma.agendaItem.findUniqueOrThrow({ ...query, where: { id: item.id } });
    },
  }),
);
