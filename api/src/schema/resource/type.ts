import { ResourceAudience, ResourceKind } from '@naboskab/db';
import { visibleResourceWhere } from '../../auth/visible-where.ts';
import { builder } from '../../builder.ts';
import { coordinates } from '../../context.ts';
import { GeoPointRef } from '../area.ts';

export const ResourceKindEnum = builder.enumType(ResourceKind, { name: 'ResourceKind' });
export const ResourceAudienceEnum = builder.enumType(ResourceAudience, {
  name: 'ResourceAudience',
  description:
    'Who may see and book: PARTNERSHIP its members; AREA members of any partnership in its area; SIGNED_IN anyone signed in (volunteers may see but not book).',
});

const OpeningHoursRef = builder.prismaObject('ResourceOpeningHours', {
  description: 'Weekly opening hours, in Copenhagen local time.',
  fields: (t) => ({
    weekday: t.exposeInt('weekday', { description: 'ISO weekday, 1 = Monday.' }),
    opensAt: t.exposeInt('opensAt', { description: 'Minutes after local midnight.' }),
    closesAt: t.exposeInt('closesAt', { description: 'Minutes after local midnight (1440 = midnight).' }),
  }),
});

const ExceptionRef = builder.prismaObject('ResourceException', {
  description: 'A date on which the weekly hours do not apply: closed, or open at other times.',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    closed: t.exposeBoolean('closed'),
    opensAt: t.exposeInt('opensAt', { nullable: true }),
    closesAt: t.exposeInt('closesAt', { nullable: true }),
    note: t.exposeString('note'),
  }),
});

export const ResourceRef = builder.prismaNode('Resource', {
  id: { field: 'id' },
  // Only the asked columns (exposed fields add theirs), as for every type on a list path.
  select: { id: true },
  nullable: true,
  description: 'A room, a vehicle, equipment, staff time or materials that a member organisation shares.',
  authScopes: { signedIn: true },
  // node(id:) answers only for resources the viewer may see.
  findUnique: async (id, ctx) => ({ id: id, AND: [await visibleResourceWhere(ctx)] }),
  fields: (t) => ({
    kind: t.expose('kind', { type: ResourceKindEnum }),
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    capacity: t.exposeInt('capacity', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
    location: t.field({
      type: GeoPointRef,
      nullable: true,
      select: { lat: true, lon: true },
      resolve: (r) => (r.lat !== null && r.lon !== null ? { lat: r.lat, lon: r.lon } : null),
    }),
    audience: t.expose('audience', { type: ResourceAudienceEnum }),
    requiresApproval: t.exposeBoolean('requiresApproval'),
    withdrawnAt: t.expose('withdrawnAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When its coordinators withdrew it: no longer listed or bookable.',
    }),
    owner: t.relation('owner'),
    partnership: t.relation('partnership'),
    area: t.relation('area', { nullable: true }),
    openingHours: t.relation('openingHours', {
      query: { orderBy: [{ weekday: 'asc' }, { opensAt: 'asc' }] },
    }),
    exceptions: t.relation('exceptions', {
      description: 'Exceptions from today on, by date.',
      query: () => ({
        where: { date: { gte: new Date(new Date().toISOString().slice(0, 10)) } },
        orderBy: { date: 'asc' },
        take: 100,
      }),
    }),
    viewerCanManage: t.boolean({
      description: 'The viewer coordinates the partnership: may edit it and decide its requests.',
      select: { partnershipId: true },
      resolve: (r, _args, ctx) => coordinates(ctx, r.partnershipId),
    }),
    viewerCanBook: t.boolean({
      description: 'Volunteers and the ministry cannot book, nor anyone a withdrawn resource.',
      select: { withdrawnAt: true },
      resolve: (r, _args, ctx) =>
        !r.withdrawnAt && (ctx.viewer?.role === 'COORDINATOR' || ctx.viewer?.role === 'ADMIN'),
    }),
  }),
});

export { ExceptionRef, OpeningHoursRef };
