// CPU profile of one main API path under load, summarised by package: where a request's time goes
// that the SQL baseline does not spend (see the README's Performance section).
//
//   npm run bench:profile -w @naboskab/api -- --database postgresql://…/naboskab_bench --path "a meeting's page"
//   … --statements   (prints the SQL statements of one request instead)
//
// It needs a database the benchmark seeded (bench/map-data.ts). The API and its client share this
// process, as in the benchmark; the client's share shows as undici.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { openDatabase } from '@naboskab/db';
import { createApi, readEnv } from '../src/index.ts';
import { apiPaths } from './api-paths.ts';
import { benchEnv, listen, postJson, sample, signInAll } from './api-table.ts';
import { summariseProfile } from './profile-summary.ts';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: process.env.DATABASE_URL },
    path: { type: 'string', default: "a partnership's page" },
    seconds: { type: 'string', default: '8' },
    statements: { type: 'boolean', default: false },
    out: { type: 'string', description: 'Also write the .cpuprofile (for Chrome DevTools) here' },
  },
});
if (!values.database) throw new Error('--database (a benchmark-seeded PostgreSQL URL) is required');

const statements: string[] = [];
const db = await openDatabase({
  url: values.database,
  migrate: false,
  onQuery: (sql) => statements.push(sql),
});
const paths = apiPaths(await sample(db.prisma));
const path = paths.find((candidate) => candidate.name === values.path);
if (!path) throw new Error(`No path "${values.path}"; the paths: ${paths.map((p) => p.name).join(', ')}`);

const api = await listen(createApi({ prisma: db.prisma, env: readEnv(benchEnv), cacheMinistryMap: false }));
const url = `${api.origin}/graphql`;
const cookie = (await signInAll(url)).get(path.account);
const request = async () => {
  const text = await (await postJson(url, { query: path.query, variables: path.variables }, cookie)).text();
  if (text.includes('"errors"')) throw new Error(`${path.name}: ${text.slice(0, 300)}`);
};

try {
  if (values.statements) {
    statements.length = 0;
    await request();
    console.log(statements.join('\n\n'));
  } else {
    for (let i = 0; i < 50; i++) await request(); // warm-up: JIT, plans, pool
    statements.length = 0;
    statements.length = 0;
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    const seconds = Number(values.seconds);
    const end = performance.now() + seconds * 1000;
    let done = 0;
    // Two in flight, as the benchmark's throughput phase.
    await Promise.all(
      [0, 1].map(async () => {
        while (performance.now() < end) {
          await request();
          done++;
        }
      }),
    );
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    if (values.out) writeFileSync(values.out, JSON.stringify(profile));
    console.log(
      `${path.name}: ${(done / seconds).toFixed(1)} req/s, ${(statements.length / done).toFixed(1)} statements each\n`,
    );
    console.log(summariseProfile(profile));
  }
} finally {
  api.server.close();
  await db.close();
}
