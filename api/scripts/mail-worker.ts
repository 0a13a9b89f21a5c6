// npm run mail-worker -w @naboskab/api: delivers the e-mail outbox in a process of its own.
// Run the API with MAIL_WORKER=off then. PostgreSQL only: the embedded PGlite is one process's.
import { openDatabase } from '@naboskab/db';
import { readEnv } from '../src/env.ts';
import { startMailWorker } from '../src/mail/worker.ts';
import { startNotificationWorker } from '../src/notifications/worker.ts';

const env = readEnv();
if (!process.env.DATABASE_URL) {
  console.error(
    'The mail worker runs beside the API on PostgreSQL (DATABASE_URL); PGlite delivers in the API.',
  );
  process.exit(1);
}
const database = await openDatabase();
const worker = await startMailWorker({ prisma: database.prisma, sql: database.sql, env });
const notificationWorker = await startNotificationWorker({
  prisma: database.prisma,
  sql: database.sql,
  reminderSweepSeconds: env.REMINDER_SWEEP_SECONDS,
});
console.info(`Naboskab mail worker: sending through ${new URL(env.SMTP_URL).host}`);

async function shutdown() {
  await worker.stop();
  await notificationWorker.stop();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
