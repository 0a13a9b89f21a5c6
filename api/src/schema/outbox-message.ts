import { OutboxChannel, OutboxStatus } from '@naboskab/db';
import { idOf } from '../auth/partnership-access.ts';
import { builder } from '../builder.ts';
import { retryOutboxMessage } from '../domain/retry-outbox-message.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { mailKind } from '../mail/kinds/index.ts';

const OutboxStatusEnum = builder.enumType(OutboxStatus, { name: 'OutboxStatus' });
const OutboxChannelEnum = builder.enumType(OutboxChannel, { name: 'OutboxChannel' });

// The outbox of e-mails and SMS, for administrators: what was sent, what waits and what failed, and why.
// Bodies are not exposed: many carry sign-in or reset links meant for the recipient only.
export const OutboxMessageRef = builder.prismaNode('OutboxMessage', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { admin: true },
  fields: (t) => ({
    channel: t.expose('channel', { type: OutboxChannelEnum }),
    kind: t.exposeString('kind', { description: 'Message kind, e.g. "account.welcome".' }),
    recipient: t.exposeString('recipient'),
    locale: t.exposeString('locale'),
    subject: t.exposeString('subject'),
    sensitive: t.boolean({
      description: 'The body carries a personal link (sign-in, reset, invitation).',
      select: { kind: true },
      resolve: (message) => mailKind(message.kind)?.sensitive ?? true,
    }),
    status: t.expose('status', { type: OutboxStatusEnum }),
    attempts: t.exposeInt('attempts'),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed.' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true }),
    sentAt: t.expose('sentAt', { type: 'DateTime', nullable: true }),
    deliveryStatus: t.exposeString('deliveryStatus', {
      nullable: true,
      description: "SMS: the gateway's last delivery report, e.g. DELIVERED.",
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryField('outboxMessages', (t) =>
  t.prismaConnection({
    type: 'OutboxMessage',
    cursor: 'id',
    description: 'E-mails and SMS, newest first, optionally by status. Administrators only.',
    authScopes: { admin: true },
    args: { status: t.arg({ type: OutboxStatusEnum }) },
    totalCount: (_p, args, ctx) =>
      ctx.prisma.outboxMessage.count({ where: args.status ? { status: args.status } : {} }),
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.outboxMessage.findMany({
        ...query,
        where: args.status ? { status: args.status } : {},
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
);

const RetryOutboxMessageInput = builder.inputType('RetryOutboxMessageInput', {
  fields: (t) => ({ messageId: t.globalID({ required: true, for: OutboxMessageRef }) }),
});

builder.mutationField('retryOutboxMessage', (t) =>
  t.prismaField({
    type: OutboxMessageRef,
    description: 'Sends a failed e-mail again, with a fresh set of attempts. Administrators only.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: RetryOutboxMessageInput, required: true }) },
    errors: {
      types: [NotFoundError, ConflictError],
      union: { name: 'RetryOutboxMessageResult' },
      result: { name: 'RetryOutboxMessageSuccess' },
      dataField: { name: 'outboxMessage' },
    },
    resolve: async (query, _root, args, ctx) => {
      const id = idOf(ctx, args.input.messageId, 'OutboxMessage', 'input.messageId');
      await retryOutboxMessage(ctx, id);
      return ctx.prisma.outboxMessage.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
);
