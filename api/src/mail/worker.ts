import type { PrismaClient, SqlExecutor } from '@naboskab/db';
import nodemailer from 'nodemailer';
import type { Env } from '../env.ts';
import { linkSecret } from '../notifications/unsubscribe.ts';
import { type DeliveryConfig, deliverOutboxMessage } from './deliver.ts';
import { OUTBOX_BATCH, OUTBOX_QUEUE, type OutboxJob, startQueue } from './queue.ts';

export interface MailWorkerOptions {
  prisma: PrismaClient;
  sql: SqlExecutor;
  env: Pick<
    Env,
    | 'SMTP_URL'
    | 'MAIL_FROM'
    | 'PUBLIC_URL'
    | 'MAIL_MAX_ATTEMPTS'
    | 'MAIL_RETRY_BASE_SECONDS'
    | 'SMS_GATEWAY_URL'
    | 'SMS_GATEWAY_TOKEN'
    | 'SMS_SENDER'
    | 'LINK_SECRET'
  >;
  /** How often an idle worker asks for due jobs (pg-boss takes 0.5 s at least). */
  pollingIntervalSeconds?: number;
  claimSeconds?: number;
}

export interface MailWorker {
  /** Finishes the deliveries in progress, then stops; waiting messages stay queued. */
  stop(): Promise<void>;
}

/** Starts delivering the outbox (e-mail and SMS): from the API server, or alone (scripts/mail-worker.ts). */
export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const transport = nodemailer.createTransport({
    url: options.env.SMTP_URL,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  const config: DeliveryConfig = {
    prisma: options.prisma,
    transport,
    from: options.env.MAIL_FROM,
    sms: options.env.SMS_GATEWAY_URL
      ? {
          url: options.env.SMS_GATEWAY_URL,
          token: options.env.SMS_GATEWAY_TOKEN,
          sender: options.env.SMS_SENDER,
        }
      : null,
    linkSecret: linkSecret(options.env),
    publicUrl: options.env.PUBLIC_URL,
    maxAttempts: options.env.MAIL_MAX_ATTEMPTS,
    retryBaseSeconds: options.env.MAIL_RETRY_BASE_SECONDS,
    claimSeconds: options.claimSeconds ?? 180,
  };
  const boss = await startQueue(options.sql);
  await boss.work<OutboxJob>(
    OUTBOX_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: OUTBOX_BATCH },
    async (jobs) => {
      // A batch comes back in no set order; outbox ids are UUIDv7, so sorting them sends in the
      // order the messages were written (a meeting's update before its cancellation).
      const ids = jobs.map((job) => job.data.messageId).sort();
      for (const id of ids) await deliverOutboxMessage(config, id);
    },
  );
  let stopped: Promise<void> | undefined;
  return {
    stop() {
      stopped ??= (async () => {
        await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
        transport.close();
      })();
      return stopped;
    },
  };
}
