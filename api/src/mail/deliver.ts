import type { OutboxMessage, PrismaClient } from '@naboskab/db';
import type { Transporter } from 'nodemailer';
import type { Locale } from '../i18n.ts';
import { unsubscribePath, unsubscribeToken } from '../notifications/unsubscribe.ts';
import { type SmsGatewayConfig, sendSms } from '../sms/gateway.ts';
import type { MailData, MailKind } from './kind.ts';
import { mailKind } from './kinds/index.ts';
import { enqueueJob, OUTBOX_QUEUE, type OutboxJob } from './queue.ts';
import { renderMail } from './render.tsx';

export interface DeliveryConfig {
  prisma: PrismaClient;
  transport: Transporter;
  from: string;
  /** Where SMS go (SMS_GATEWAY_URL); without it an SMS fails with the reason, to be retried. */
  sms: SmsGatewayConfig | null;
  /** Signs the one-click unsubscribe links (notifications/unsubscribe.ts). */
  linkSecret: string;
  publicUrl: string;
  maxAttempts: number;
  retryBaseSeconds: number;
  /** How long a claim holds before another worker may take over a crashed one's message. */
  claimSeconds: number;
}

const MAX_DELAY_MS = 60 * 60 * 1000;

/** Delay before attempt `attempts + 1`: base, 2×base, 4×base, … at most an hour. */
export function retryDelayMs(attempts: number, baseSeconds: number): number {
  return Math.min(baseSeconds * 1000 * 2 ** Math.max(0, attempts - 1), MAX_DELAY_MS);
}

/** The Message-ID of a row: stable, so a receiver can drop a copy sent again after a crash. */
export function messageIdOf(id: string): string {
  return `<${id}@naboskab>`;
}

/**
 * Delivers one outbox message, at most once per claim. The conditional update lets exactly one
 * worker move it PENDING → SENDING; a message already sent, failed, or held by a live worker is
 * left alone, so a repeated job never sends twice.
 */
export async function deliverOutboxMessage(config: DeliveryConfig, messageId: string): Promise<void> {
  const { prisma } = config;
  const now = new Date();
  const [message] = await prisma.outboxMessage.updateManyAndReturn({
    where: {
      id: messageId,
      OR: [{ status: 'PENDING' }, { status: 'SENDING', claimedUntil: { lt: now } }],
    },
    data: {
      status: 'SENDING',
      attempts: { increment: 1 },
      claimedUntil: new Date(now.getTime() + config.claimSeconds * 1000),
    },
  });
  if (!message) return;

  try {
    const kind = mailKind(message.kind);
    if (!kind) throw new Error(`Unknown e-mail kind "${message.kind}"`);
    const gatewayId =
      message.channel === 'SMS'
        ? await sendOneSms(config, kind, message)
        : await sendEmail(config, kind, message);
    await prisma.outboxMessage.update({
      where: { id: message.id },
      data: {
        status: 'SENT',
        sentAt: new Date(),
        claimedUntil: null,
        nextAttemptAt: null,
        lastError: null,
        gatewayId,
        ...(kind.sensitive ? { data: {} } : {}),
      },
    });
  } catch (error) {
    await recordFailure(config, message.id, message.attempts, error);
  }
}

async function sendEmail(config: DeliveryConfig, kind: MailKind<MailData>, message: OutboxMessage) {
  const data = message.data as MailData;
  const rendered = await renderMail(kind, data, message.locale as Locale, config.publicUrl);
  const calendar = kind.calendar?.(data, config.from, (path) => new URL(path, config.publicUrl).toString());
  await config.transport.sendMail({
    from: config.from,
    to: message.recipient,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    messageId: messageIdOf(message.id),
    headers: { 'X-Naboskab-Kind': message.kind, ...unsubscribeHeaders(config, kind, data) },
    ...(calendar ? { icalEvent: { ...calendar, filename: 'invitation.ics' } } : {}),
  });
  return null;
}

/** RFC 8058 one-click unsubscribe, for kinds that name whose choice it changes. */
function unsubscribeHeaders(config: DeliveryConfig, kind: MailKind<MailData>, data: MailData) {
  const target = kind.unsubscribe?.(data);
  // A digest queued before digests named their recipient, whose address no longer belongs to an
  // account (migration digest_recipient named the others): no link rather than one naming no one.
  if (!target?.userId) return {};
  const url = new URL(
    unsubscribePath(unsubscribeToken(config.linkSecret, target.userId, target.kind)),
    config.publicUrl,
  );
  // `prepared`: as is, unfolded; nodemailer would otherwise cut the long URL across lines.
  return {
    'List-Unsubscribe': { prepared: true, value: `<${url}>` },
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** Sends an SMS row through the gateway; returns the gateway's id for its delivery reports. */
async function sendOneSms(config: DeliveryConfig, kind: MailKind<MailData>, message: OutboxMessage) {
  if (!config.sms) throw new Error('SMS_GATEWAY_URL is not set');
  if (!kind.sms) throw new Error(`Message kind "${message.kind}" has no SMS text`);
  const url = (path: string) => new URL(path, config.publicUrl).toString();
  const text = kind.sms({ data: message.data as MailData, locale: message.locale as Locale, url });
  return sendSms(config.sms, { to: message.recipient, message: text, reference: message.id });
}

/** Schedules the next attempt with back-off (its job in the same transaction), or gives up. */
async function recordFailure(config: DeliveryConfig, id: string, attempts: number, error: unknown) {
  const reason = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
  const final = attempts >= config.maxAttempts;
  const nextAttemptAt = final ? null : new Date(Date.now() + retryDelayMs(attempts, config.retryBaseSeconds));
  await config.prisma.$transaction(async (tx) => {
    await tx.outboxMessage.update({
      where: { id },
      data: { status: final ? 'FAILED' : 'PENDING', lastError: reason, nextAttemptAt, claimedUntil: null },
    });
    if (nextAttemptAt) {
      await enqueueJob<OutboxJob>(tx, OUTBOX_QUEUE, { messageId: id }, { startAfter: nextAttemptAt });
    }
  });
}
