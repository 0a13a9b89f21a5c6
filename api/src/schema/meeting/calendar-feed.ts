import { idOf, optionalIdOf, ownerScope } from '../../auth/partnership-access.ts';
import { builder } from '../../builder.ts';
import { feedPath, newFeedToken } from '../../calendar/feed.ts';
import { audit } from '../../domain/audit.ts';
import { InputValidationError, NotFoundError } from '../../errors.ts';

const CalendarFeedKindEnum = builder.enumType('CalendarFeedKind', {
  values: ['PARTNERSHIP', 'PERSONAL'] as const,
});

const CalendarFeedRef = builder.prismaObject('CalendarFeed', {
  description: 'A secret iCalendar URL of the viewer. Only its SHA-256 is stored: the URL is shown once.',
  fields: (t) => ({
    id: t.globalID({ resolve: (f) => ({ type: 'CalendarFeed', id: f.id }) }),
    kind: t.field({
      type: CalendarFeedKindEnum,
      resolve: (f) => (f.partnershipId ? 'PARTNERSHIP' : 'PERSONAL'),
    }),
    partnership: t.relation('partnership', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const NewCalendarFeedRef = builder
  .objectRef<{ feed: { id: string }; url: string }>('NewCalendarFeed')
  .implement({
    fields: (t) => ({
      feed: t.prismaField({
        type: CalendarFeedRef,
        resolve: (query, parent, _args, ctx) =>
          ctx.prisma.calendarFeed.findUniqueOrThrow({ ...query, where: { id: parent.feed.id } }),
      }),
      url: t.exposeString('url', { description: 'The secret address; not shown again.' }),
    }),
  });

builder.queryField('myCalendarFeeds', (t) =>
  t.prismaConnection({
    type: CalendarFeedRef,
    cursor: 'id',
    description: "The viewer's calendar feeds that are not revoked.",
    authScopes: { signedIn: true },
    totalCount: (_root, _args, ctx) => ctx.prisma.calendarFeed.count({ where: myFeeds(ctx.viewer?.userId) }),
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.calendarFeed.findMany({
        ...query,
        where: myFeeds(ctx.viewer?.userId),
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
);

const myFeeds = (userId: string | undefined) => ({
  userId: userId ?? '00000000-0000-0000-0000-000000000000',
  revokedAt: null,
});

const CreateCalendarFeedInput = builder.inputType('CreateCalendarFeedInput', {
  fields: (t) => ({
    partnershipId: t.globalID({ description: "A partnership's meetings; without it, a personal feed." }),
  }),
});

const RevokeCalendarFeedInput = builder.inputType('RevokeCalendarFeedInput', {
  fields: (t) => ({ calendarFeedId: t.globalID({ required: true }) }),
});

builder.mutationField('createCalendarFeed', (t) =>
  t.field({
    type: NewCalendarFeedRef,
    description: 'Creates a secret calendar URL: of a partnership the viewer belongs to, or personal.',
    args: { input: t.arg({ type: CreateCalendarFeedInput, required: true }) },
    authScopes: (_root, args, ctx) =>
      args.input.partnershipId
        ? ownerScope(ctx, 'memberOf', 'Partnership', args.input.partnershipId, 'input.partnershipId')
        : { $any: { admin: true, coordinator: true, volunteer: true } },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'CreateCalendarFeedResult' },
      result: { name: 'CreateCalendarFeedSuccess' },
      dataField: { name: 'created' },
    },
    resolve: async (_root, args, ctx) => {
      const partnershipId = optionalIdOf(ctx, args.input.partnershipId, 'Partnership', 'input.partnershipId');
      const viewer = ctx.viewer;
      if (!viewer) throw new NotFoundError();
      if (partnershipId && !(await ctx.prisma.partnership.count({ where: { id: partnershipId } }))) {
        throw new NotFoundError();
      }
      const { token, tokenHash } = newFeedToken();
      const feed = await ctx.prisma.$transaction(async (tx) => {
        const created = await tx.calendarFeed.create({
          data: { tokenHash, userId: viewer.userId, partnershipId },
        });
        await audit(tx, ctx, {
          action: 'calendarFeed.create',
          entityType: 'CalendarFeed',
          entityId: created.id,
          partnershipId,
        });
        return created;
      });
      const base = ctx.env.PUBLIC_URL.replace(/\/+$/, '');
      return { feed, url: `${base}${feedPath(partnershipId ? 'partnership' : 'personal', token)}` };
    },
  }),
);

builder.mutationField('revokeCalendarFeed', (t) =>
  t.prismaField({
    type: CalendarFeedRef,
    description: 'Revokes one of the viewer’s calendar URLs: it answers 404 from now on.',
    args: { input: t.arg({ type: RevokeCalendarFeedInput, required: true }) },
    authScopes: { signedIn: true },
    errors: {
      types: [InputValidationError, NotFoundError],
      union: { name: 'RevokeCalendarFeedResult' },
      result: { name: 'RevokeCalendarFeedSuccess' },
      dataField: { name: 'calendarFeed' },
    },
    resolve: (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.calendarFeedId, 'CalendarFeed', 'input.calendarFeedId');
      return ctx.prisma.$transaction(async (tx) => {
        const owned = await tx.calendarFeed.updateMany({
          where: { id, ...myFeeds(ctx.viewer?.userId) },
          data: { revokedAt: new Date() },
        });
        if (owned.count !== 1) throw new NotFoundError();
        await audit(tx, ctx, { action: 'calendarFeed.revoke', entityType: 'CalendarFeed', entityId: id });
        return tx.calendarFeed.findUniqueOrThrow({ ...query, where: { id } });
      });
    },
  }),
);
