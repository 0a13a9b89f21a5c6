import { idOf } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { notificationTitle } from '../mail/kinds/notification-event.tsx';
import { notificationKind, type SafeFields } from '../notifications/kinds.ts';
import { ViewerRef } from './viewer.ts';

// The notification centre: each viewer reads and marks only their own notifications, so every
// query and update filters by the viewer's user id in the `where`.
const ownBy = (userId: string | undefined) => ({ userId: userId ?? '' });

export const NotificationRef = builder.prismaNode('Notification', {
  id: { field: 'id' },
  nullable: true,
  select: { userId: true, kind: true, data: true, objectId: true },
  authScopes: (n, ctx) => n.userId === ctx.viewer?.userId,
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'e.g. "meeting.planned", "signUp.approved".' }),
    title: t.string({
      description: "One line in the request's language.",
      resolve: (n, _args, ctx) =>
        notificationTitle({ kind: n.kind, ...(n.data as unknown as SafeFields) }, ctx.locale),
    }),
    link: t.string({
      description: 'The app path of what it is about.',
      resolve: (n) => notificationKind(n.kind)?.link(n.objectId) ?? '/',
    }),
    startsAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (n) => {
        const startsAt = (n.data as unknown as SafeFields).startsAt;
        return startsAt ? new Date(startsAt) : null;
      },
    }),
    place: t.string({ nullable: true, resolve: (n) => (n.data as unknown as SafeFields).place }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('notifications', (t) =>
  t.prismaConnection({
    type: 'Notification',
    cursor: 'id',
    description: "The viewer's own notifications, newest first.",
    authScopes: { signedIn: true },
    args: { unreadOnly: t.arg.boolean() },
    totalCount: (_p, args, ctx) =>
      ctx.prisma.notification.count({
        where: { ...ownBy(ctx.viewer?.userId), ...(args.unreadOnly ? { readAt: null } : {}) },
      }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.notification.findMany({
        ...query,
        where: { ...ownBy(ctx.viewer?.userId), ...(args.unreadOnly ? { readAt: null } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

builder.queryField('unreadNotificationCount', (t) =>
  t.int({
    description: "How many of the viewer's notifications are unread.",
    authScopes: { signedIn: true },
    resolve: (_root, _args, ctx) =>
      ctx.prisma.notification.count({ where: { ...ownBy(ctx.viewer?.userId), readAt: null } }),
  }),
);

const MarkReadInput = builder.inputType('MarkNotificationsReadInput', {
  fields: (t) => ({
    notificationIds: t.globalIDList({
      for: NotificationRef,
      description: 'The notifications to mark read; leave out to mark all read.',
    }),
  }),
});

const MarkReadPayload = builder
  .objectRef<{ marked: number; unreadCount: number }>('MarkNotificationsReadPayload')
  .implement({
    fields: (t) => ({
      marked: t.exposeInt('marked', { description: 'How many were unread and are now read.' }),
      unreadCount: t.exposeInt('unreadCount'),
    }),
  });

builder.mutationField('markNotificationsRead', (t) =>
  t.field({
    type: MarkReadPayload,
    description: "Marks some or all of the viewer's notifications read; others' ids are ignored.",
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: MarkReadInput, required: true }) },
    resolve: (_root, args, ctx) => {
      const own = ownBy(ctx.viewer?.userId);
      const ids = args.input.notificationIds?.map((gid) =>
        idOf(ctx, gid, 'Notification', 'input.notificationIds'),
      );
      return ctx.prisma.$transaction(async (tx) => {
        const { count } = await tx.notification.updateMany({
          where: { ...own, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
          data: { readAt: new Date() },
        });
        const unreadCount = await tx.notification.count({ where: { ...own, readAt: null } });
        return { marked: count, unreadCount };
      });
    },
  }),
);

builder.objectField(ViewerRef, 'unreadNotificationCount', (t) =>
  t.int({
    description: 'For the header bell: unread notifications of the signed-in user.',
    resolve: (viewer, _args, ctx) =>
      ctx.prisma.notification.count({ where: { userId: viewer.userId, readAt: null } }),
  }),
);
