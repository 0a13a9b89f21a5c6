import type { Prisma } from '@naboskab/db';
import type { MailDataOf } from '../mail/kinds/index.ts';
import { enqueueOutboxMessage, type MailKindName } from '../mail/outbox.ts';

export interface SmsToSend<K extends MailKindName> {
  /** A normalised Danish number (sms/phone.ts). */
  to: string;
  locale: string;
  /** A message kind with an `sms` text (mail/kinds): the same kinds as e-mail, another channel. */
  kind: K;
  data: MailDataOf<K>;
}

/**
 * Writes an SMS to the outbox in the caller's transaction: the same table, job queue, claim and
 * retries as e-mail (mail/deliver.ts), with `channel: SMS`. It commits with its cause or not at all.
 */
export function enqueueSms<K extends MailKindName>(
  tx: Prisma.TransactionClient,
  sms: SmsToSend<K>,
): Promise<{ id: string }> {
  return enqueueOutboxMessage(tx, 'SMS', sms);
}
