import type { Prisma, SqlExecutor } from '@naboskab/db';
import PgBoss from 'pg-boss';

/**
 * The job queue is pg-boss 10 (10.x is the last line that runs on Node 20; 11+ needs Node 22).
 * It runs on PostgreSQL and on the embedded PGlite alike, through `db: { executeSql }` (see
 * @naboskab/db's `sql`). Its schema is installed by our migrations (`*_job_queue`), so a
 * transaction can enqueue before any worker has started.
 *
 * Queues (one per job kind, e.g. `notification.digest`, `notification.reminders`, each created
 * in a migration with `SELECT pgboss.create_queue(...)`): a job is a kind plus data plus a
 * run-at (`startAfter`); with the "short" policy, `singletonKey` keeps one waiting job per key.
 */
export const QUEUE_SCHEMA = 'pgboss';
export const OUTBOX_QUEUE = 'outbox.deliver';
/**
 * Outbox jobs the worker takes per fetch. pg-boss waits a polling interval after every fetch, so
 * this bounds throughput: at 1 per 2 s, the 31 reminders of one sweep held the next password-reset
 * mail ~45 s. A batch is safe here because a delivery records its own failure and a repeated job
 * never sends twice (deliver.ts).
 */
export const OUTBOX_BATCH = 25;

export interface OutboxJob {
  messageId: string;
}

/** pg-boss over a Prisma interactive transaction, so a job commits or rolls back with its cause. */
export function transactionExecutor(tx: Prisma.TransactionClient): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // Prisma binds parameters itself: objects as JSON text, and no `undefined`.
      const bound = values.map((value) =>
        value === undefined
          ? null
          : value !== null && typeof value === 'object' && !(value instanceof Date)
            ? JSON.stringify(value)
            : value,
      );
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...bound) };
    },
  };
}

// Sending only builds an INSERT and runs it on the `db` given per call: this instance never
// connects or starts, so enqueueing needs no running queue.
const sender = new PgBoss({
  schema: QUEUE_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error('enqueue through a transaction (transactionExecutor)')),
  },
});

/** Adds a job inside the caller's transaction. */
export async function enqueueJob<Data extends object>(
  tx: Prisma.TransactionClient,
  queue: string,
  data: Data,
  options: { startAfter?: Date; singletonKey?: string } = {},
): Promise<void> {
  await sender.send(queue, data, { ...options, db: transactionExecutor(tx) });
}

/** A started pg-boss for workers, on the database's own SQL executor. */
export async function startQueue(sql: SqlExecutor): Promise<PgBoss> {
  const boss = new PgBoss({ schema: QUEUE_SCHEMA, db: sql, supervise: true, schedule: false });
  boss.on('error', (error) => console.error('job queue:', error));
  await boss.start();
  return boss;
}
