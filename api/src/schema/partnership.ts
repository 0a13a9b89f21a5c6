import { Arena, MemberRole, PartnershipStatus, TargetGroup } from '@naboskab/db';
import { builder } from '../builder.ts';
import { coordinates } from '../context.ts';
import { AreaRef } from './area.ts';

export const ArenaEnum = builder.enumType(Arena, {
  name: 'Arena',
  description: 'The five arenas (livsarenaer) of the national strategy against loneliness.',
});
export const TargetGroupEnum = builder.enumType(TargetGroup, { name: 'TargetGroup' });
export const PartnershipStatusEnum = builder.enumType(PartnershipStatus, { name: 'PartnershipStatus' });
export const MemberRoleEnum = builder.enumType(MemberRole, { name: 'MemberRole' });

export const PartnershipRef = builder.prismaNode('Partnership', {
  id: { field: 'id' },
  // Only the asked columns (exposed fields add theirs), as for every type on a list path.
  select: { id: true },
  nullable: true,
  description: 'A local partnership in one or more housing areas.',
  authScopes: { signedIn: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    slug: t.exposeString('slug'),
    description: t.exposeString('description'),
    status: t.expose('status', { type: PartnershipStatusEnum }),
    arenas: t.expose('arenas', { type: [ArenaEnum] }),
    targetGroups: t.expose('targetGroups', { type: [TargetGroupEnum] }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true }),
    reminderMinutes: t.exposeInt('reminderMinutes', {
      description: 'When the day-before reminders go out: minutes after midnight, Copenhagen time.',
    }),
    areas: t.field({
      type: [AreaRef],
      select: (_args, _ctx, nestedSelection) => ({
        areas: { select: { area: nestedSelection(true) }, orderBy: { area: { name: 'asc' } } },
      }),
      resolve: (partnership) => partnership.areas.map(({ area }) => area),
    }),
    viewerCanCoordinate: t.boolean({
      description: 'True when the viewer coordinates this partnership (or is an admin).',
      resolve: (partnership, _args, ctx) => coordinates(ctx, partnership.id),
    }),
  }),
});

builder.queryField('partnership', (t) =>
  t.prismaField({
    type: PartnershipRef,
    nullable: true,
    description: 'One partnership by its slug; null when there is none. Anyone signed in may read it.',
    authScopes: { signedIn: true },
    args: { slug: t.arg.string({ required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.partnership.findUnique({ ...query, where: { slug: args.slug } }),
  }),
);
