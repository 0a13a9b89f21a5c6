import { createServer } from 'node:http';
import { openDatabase } from '@naboskab/db';
import { readEnv } from './env.ts';
import { createApi } from './yoga.ts';

const env = readEnv();
const database = await openDatabase();
const api = createApi({ prisma: database.prisma, env });
const server = createServer(api);

server.listen(env.API_PORT, env.API_HOST, () => {
  console.info(`Naboskab API on http://${env.API_HOST}:${env.API_PORT}/graphql (${database.kind})`);
});

async function shutdown() {
  server.close();
  await database.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
