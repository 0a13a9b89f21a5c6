import { optionalIdOf } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { ministryPartnershipIds } from '../../domain/ministry-filter.ts';
import { type Figures, referralFigures } from '../../domain/referral/figures.ts';
import type { Cell } from '../../domain/referral/suppression.ts';
import { type UnmetNeedCell, unmetNeed } from '../../domain/referral/unmet-need.ts';
import { GeoPointRef } from '../area.ts';
import { MinistryFilterInput, toMinistryFilter } from '../ministry/filter.ts';
import { OrganisationRef } from '../organisation.ts';
import { ArenaEnum } from '../partnership.ts';

// Bridge-building figures: counts only, small cells suppressed (domain/referral/suppression.ts).

const SuppressionEnum = builder.enumType('Suppression', {
  description:
    'SMALL: 1-4, shown as "<5". COMPLEMENT: hidden so that a difference cannot reveal a small cell.',
  values: ['SMALL', 'COMPLEMENT'] as const,
});

const CellRef = builder.objectRef<Cell>('SuppressedFigure').implement({
  fields: (t) => ({
    value: t.exposeFloat('value', { nullable: true, description: 'Null when suppressed or unknown.' }),
    suppression: t.expose('suppression', { type: SuppressionEnum, nullable: true }),
  }),
});

const FIGURES: [keyof Figures, string][] = [
  ['referred', 'Referrals.'],
  ['contactedWithinTarget', 'Contacted within 14 days.'],
  ['connected', 'Connected to an activity or association with a host.'],
  ['firstAttendance', 'First attendance confirmed: the new participants bridged.'],
  ['stillTakingPart', 'Still taking part at the 3-month follow-up.'],
  ['medianDaysToFirstAttendance', 'Median days from referral to first attendance.'],
  ['pairs', 'People with a baseline and a later measure.'],
  ['tilsBaselineMean', 'Mean T-ILS (3-9) at baseline.'],
  ['tilsLaterMean', 'Mean T-ILS (3-9) at follow-up (else end).'],
  ['severeBaseline', 'Severe loneliness (T-ILS ≥ 7) at baseline.'],
  ['severeLater', 'Severe loneliness (T-ILS ≥ 7) later.'],
  ['who5BaselinePercent', 'Mean WHO-5 (0-100) at baseline.'],
  ['who5LaterPercent', 'Mean WHO-5 (0-100) later.'],
];

const FiguresRef = builder.objectRef<Figures>('BridgeFigures').implement({
  description: 'The handover, counted: referrals by their date of referral.',
  fields: (t) =>
    Object.fromEntries(
      FIGURES.map(([name, description]) => [
        name,
        t.field({ type: CellRef, description, resolve: (f) => f[name] }),
      ]),
    ),
});

const UnmetNeedRef = builder.objectRef<UnmetNeedCell>('UnmetNeedCell').implement({
  description: 'Referrals that found no matching activity, in one area and life arena.',
  fields: (t) => ({
    areaName: t.exposeString('areaName', { nullable: true }),
    centre: t.field({ type: GeoPointRef, nullable: true, resolve: (c) => c.centre }),
    arena: t.expose('arena', { type: ArenaEnum }),
    count: t.field({ type: CellRef, resolve: (c) => c.count }),
  }),
});

builder.prismaObjectFields('Partnership', (t) => ({
  bridgeFigures: t.field({
    type: FiguresRef,
    description:
      'Counts only, suppressed; optionally for one association and a period of referral [from, to).',
    authScopes: (p) => ({ coordinatorOf: p.id, guideOf: p.id }),
    args: {
      associationId: t.arg.globalID({ for: OrganisationRef }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
    },
    resolve: (p, args, ctx) =>
      referralFigures(ctx.prisma, {
        partnershipIds: [p.id],
        organisationId: optionalIdOf(ctx, args.associationId, 'Organisation', 'associationId'),
        from: args.from ?? null,
        to: args.to ?? null,
      }),
  }),
  unmetNeed: t.field({
    type: [UnmetNeedRef],
    description:
      'Demand without supply: referrals with no matching activity, by area and arena (suppressed).',
    authScopes: (p) => ({ coordinatorOf: p.id, guideOf: p.id }),
    resolve: (p, _args, ctx) => unmetNeed(ctx.prisma, [p.id]),
  }),
}));

const MinistryBridgeRef = builder
  .objectRef<{ figures: Figures; unmetNeed: UnmetNeedCell[] }>('MinistryBridgeFigures')
  .implement({
    fields: (t) => ({
      figures: t.field({ type: FiguresRef, resolve: (m) => m.figures }),
      unmetNeed: t.field({
        type: [UnmetNeedRef],
        description: 'The map layer of unmet need.',
        resolve: (m) => m.unmetNeed,
      }),
    }),
  });

builder.queryField('ministryBridgeFigures', (t) =>
  t.field({
    type: MinistryBridgeRef,
    description:
      "Bridge-building over the funded partnerships matching the map's filter: suppressed also against the unfiltered totals.",
    authScopes: { ministry: true, admin: true },
    args: {
      filter: t.arg({ type: MinistryFilterInput }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
    },
    resolve: async (_root, args, ctx) => {
      const filter = toMinistryFilter(ctx, args.filter);
      const [ids, all] = await Promise.all([
        ministryPartnershipIds(ctx.prisma, filter),
        ministryPartnershipIds(ctx.prisma, {}),
      ]);
      const [figures, cells] = await Promise.all([
        referralFigures(
          ctx.prisma,
          { partnershipIds: ids, from: args.from ?? null, to: args.to ?? null },
          all,
        ),
        unmetNeed(ctx.prisma, ids, { all, arena: filter.arena }),
      ]);
      return { figures, unmetNeed: cells };
    },
  }),
);
