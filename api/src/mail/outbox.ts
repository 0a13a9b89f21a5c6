// The transactional outbox: the one way the app sends e-mail. Read ./README.md.
//
//   await ctx.prisma.$transaction(async (tx) => {
//     const user = await tx.user.create(...);
//     await enqueueEmail(tx, { to: user.email, locale: user.locale, kind: 'account.welcome',
//                              data: { name } });
//   });
//
// The message row and its delivery job are written with `tx`: they commit with the change that
// causes them, or vanish with it. The worker (worker.ts) sends them later, with retries.
// To add a message kind: a template file in kinds/ and one line in kinds/index.ts.
import type { OutboxChannel, Prisma } from '@naboskab/db';
import type { Locale } from '../i18n.ts';
import type { MailData } from './kind.ts';
import { type MailDataOf, type MailKindName, mailKind } from './kinds/index.ts';
import { enqueueJob, OUTBOX_QUEUE, type OutboxJob } from './queue.ts';

export type { MailKindName } from './kinds/index.ts';

export interface EmailToSend<K extends MailKindName> {
  /** One address. */
  to: string;
  /** The recipient's language ('da' or 'en'; anything else is sent in Danish). */
  locale: string;
  kind: K;
  /** The template's input; store app paths ("/invitation/…"), the template makes them absolute. */
  data: MailDataOf<K>;
  /** Not before this instant (default: now). */
  notBefore?: Date;
}

/** Writes the message and its delivery job in the caller's transaction. */
export function enqueueEmail<K extends MailKindName>(
  tx: Prisma.TransactionClient,
  message: EmailToSend<K>,
): Promise<{ id: string }> {
  return enqueueOutboxMessage(tx, 'EMAIL', message);
}

/** An outbox row and its job, for either channel (sms/outbox.ts sends SMS through it). */
export async function enqueueOutboxMessage<K extends MailKindName>(
  tx: Prisma.TransactionClient,
  channel: OutboxChannel,
  message: EmailToSend<K>,
): Promise<{ id: string }> {
  const locale: Locale = message.locale === 'en' ? 'en' : 'da';
  const kind = mailKind(message.kind);
  if (!kind) throw new Error(`Unknown e-mail kind ${message.kind}`);
  if (channel === 'SMS' && !kind.sms) throw new Error(`Message kind ${message.kind} has no SMS text`);
  const data: MailData = message.data;
  const notBefore = message.notBefore ?? new Date();
  const row = await tx.outboxMessage.create({
    data: {
      channel,
      kind: message.kind,
      // Addresses are stored lower-case; phone numbers come normalised (sms/phone.ts).
      recipient: message.to.trim().toLowerCase(),
      locale,
      subject: kind.subject(data, locale),
      data,
      nextAttemptAt: notBefore,
    },
    select: { id: true },
  });
  await enqueueJob<OutboxJob>(tx, OUTBOX_QUEUE, { messageId: row.id }, { startAfter: notBefore });
  return row;
}
