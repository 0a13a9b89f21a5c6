import { createServer } from 'node:http';
import { openDatabase } from '@naboskab/db';
import { readEnv } from './env.ts';
import { startMailWorker } from './mail/worker.ts';
import { startNotificationWorker } from './notifications/worker.ts';
import { createApi } from './yoga.ts';

const env = readEnv();
const database = await openDatabase();
const api = createApi({ prisma: database.prisma, env });
const server = createServer(api);
// The outbox is delivered here unless a separate worker process does it (MAIL_WORKER=off).
const mailWorker =
  env.MAIL_WORKER === 'on'
    ? await startMailWorker({ prisma: database.prisma, sql: database.sql, env })
    : null;
const notificationWorker =
  env.MAIL_WORKER === 'on'
    ? await startNotificationWorker({
        prisma: database.prisma,
        sql: database.sql,
        reminderSweepSeconds: env.REMINDER_SWEEP_SECONDS,
      })
    : null;

server.listen(env.API_PORT, env.API_HOST, () => {
  console.info(`Naboskab API on http://${env.API_HOST}:${env.API_PORT}/graphql (${database.kind})`);
  if (mailWorker) console.info(`Sending e-mail through ${new URL(env.SMTP_URL).host}`);
});

async function shutdown() {
  server.close();
  await mailWorker?.stop();
  await notificationWorker?.stop();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
