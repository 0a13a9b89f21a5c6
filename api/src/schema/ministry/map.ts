import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { ASSOCIATION_BAR, meetsBar } from '../../domain/association-bar.ts';
import type { MapArea, MapPartnership, MapTotals } from '../../domain/load-map-data.ts';
import { loadMapData } from '../../domain/load-map-data.ts';
import { GeoPointRef, MapDetailEnum } from '../area.ts';
import { lonelinessCellRef } from '../loneliness.ts';
import { ArenaEnum, PartnershipStatusEnum, TargetGroupEnum } from '../partnership.ts';
import { MinistryFilterInput, toMinistryFilter } from './filter.ts';

const BRIDGED =
  'The confirmed first attendances once a partnership records referrals, else the typed report figures. Null when hidden: 1-4, or a row that would reveal one (small-cell suppression).';

export const LonelinessTotalRef = lonelinessCellRef(
  'LonelinessTotal',
  'Respondents who gave `answer` (1 hardly ever, 2 some of the time, 3 often) to a UCLA-3 item, summed over outcome reports.',
  "Sums are suppressed for every viewer: a partnership's together with its reports' counts; a filtered map's also against the same sums over every funded partnership (a difference of 1-4 is hidden).",
);

const MapAreaRef = builder.objectRef<MapArea>('MinistryMapArea').implement({
  fields: (t) => ({
    id: t.id({ resolve: (a) => encodeGlobalID('Area', a.id) }),
    name: t.exposeString('name'),
    municipalityCode: t.exposeString('municipalityCode'),
    municipalityName: t.exposeString('municipalityName'),
    regionCode: t.exposeString('regionCode'),
    regionName: t.exposeString('regionName'),
    centre: t.field({ type: GeoPointRef, resolve: (a) => a.centre }),
    geometry: t.field({
      type: 'JSON',
      nullable: true,
      description: 'GeoJSON Polygon or MultiPolygon at the requested detail.',
      resolve: (a) => a.geometry,
    }),
  }),
});

const MapPartnershipRef = builder.objectRef<MapPartnership>('MinistryMapPartnership').implement({
  description: 'A funded partnership on the ministry map: organisations and figures, never people.',
  fields: (t) => ({
    id: t.id({
      description: 'The Partnership global id.',
      resolve: (p) => encodeGlobalID('Partnership', p.id),
    }),
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    status: t.expose('status', { type: PartnershipStatusEnum }),
    arenas: t.expose('arenas', { type: [ArenaEnum] }),
    targetGroups: t.expose('targetGroups', { type: [TargetGroupEnum] }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true }),
    granted: t.field({ type: 'Money', resolve: (p) => p.grantedOre }),
    paid: t.field({ type: 'Money', resolve: (p) => p.paidOre }),
    associations: t.exposeInt('associations', { description: 'Voluntary-association members.' }),
    associationBar: t.int({
      nullable: true,
      description: 'The bar of voluntary associations its pool asks for; null when no pool of it sets one.',
      resolve: (p) => p.associationBar,
    }),
    meetsAssociationBar: t.boolean({
      nullable: true,
      description: 'Null when no bar applies to it.',
      resolve: (p) => meetsBar(p.associations, p.associationBar),
    }),
    signOnFees: t.field({ type: 'Money', resolve: (p) => p.signOnFeesOre }),
    signOnFeeCount: t.exposeInt('signOnFeeCount'),
    participantsReached: t.exposeInt('participantsReached'),
    newParticipantsBridged: t.exposeInt('newParticipantsBridged', {
      nullable: true,
      description: BRIDGED,
    }),
    activitiesHeld: t.exposeInt('activitiesHeld'),
    volunteersActive: t.exposeInt('volunteersActive'),
    approvedHours: t.exposeFloat('approvedHours'),
    centre: t.field({ type: GeoPointRef, resolve: (p) => p.centre }),
    areas: t.field({ type: [MapAreaRef], resolve: (p) => p.areas }),
  }),
});

const TotalsRef = builder.objectRef<MapTotals>('MinistryTotals').implement({
  description: 'Sums over exactly the partnerships on the map (same filters).',
  fields: (t) => ({
    partnerships: t.exposeInt('partnerships'),
    granted: t.field({ type: 'Money', resolve: (s) => s.grantedOre }),
    paid: t.field({ type: 'Money', resolve: (s) => s.paidOre }),
    associations: t.exposeInt('associations', { description: 'Distinct voluntary associations mobilised.' }),
    associationBar: t.int({ resolve: () => ASSOCIATION_BAR }),
    partnershipsWithAssociationBar: t.exposeInt('partnershipsWithAssociationBar', {
      description: 'Partnerships funded from a pool that sets the association bar.',
    }),
    partnershipsMeetingAssociationBar: t.exposeInt('partnershipsMeetingAssociationBar'),
    signOnFees: t.field({ type: 'Money', resolve: (s) => s.signOnFeesOre }),
    signOnFeeCount: t.exposeInt('signOnFeeCount'),
    participantsReached: t.exposeInt('participantsReached'),
    newParticipantsBridged: t.exposeInt('newParticipantsBridged', {
      nullable: true,
      description: `${BRIDGED} The total is hidden when the hidden rows add up to 1-4.`,
    }),
    activitiesHeld: t.exposeInt('activitiesHeld'),
    volunteersActive: t.exposeInt('volunteersActive', {
      description: 'Distinct volunteers with an approved sign-up.',
    }),
    approvedHours: t.exposeFloat('approvedHours'),
    loneliness: t.field({ type: [LonelinessTotalRef], resolve: (s) => s.loneliness }),
  }),
});

const MinistryMapRef = builder.objectRef<Awaited<ReturnType<typeof loadMapData>>>('MinistryMap').implement({
  fields: (t) => ({
    partnerships: t.field({
      type: [MapPartnershipRef],
      description: 'Every matching funded partnership, by name (not paginated: the map draws them all).',
      resolve: (m) => m.partnerships,
    }),
    totals: t.field({ type: TotalsRef, resolve: (m) => m.totals }),
  }),
});

builder.queryField('ministryMap', (t) =>
  t.field({
    type: MinistryMapRef,
    description:
      'Funded partnerships (a grant GRANTED, PAID or REPORTED) with their areas and figures, and their totals. Ministry and administrators only.',
    authScopes: { ministry: true, admin: true },
    args: {
      filter: t.arg({ type: MinistryFilterInput }),
      detail: t.arg({ type: MapDetailEnum, defaultValue: 'LOW' }),
    },
    resolve: (_root, args, ctx) => {
      const filter = toMinistryFilter(ctx, args.filter);
      const detail = args.detail ?? 'LOW';
      return ctx.mapData && ctx.viewer
        ? ctx.mapData(ctx.prisma, ctx.viewer.role, filter, detail)
        : loadMapData(ctx.prisma, filter, detail);
    },
  }),
);
