// Benchmark of the ministry map's data query. Prints figures; it is not a timed test.
//
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench -w @naboskab/api -- --scale 100
//   npm run bench -w @naboskab/api -- --database postgresql://…/naboskab_bench   (a named database: reset and seeded)
//   … --database postgresql://…/naboskab_bench --reuse   (its earlier seed, as it is: seeding scale 100 takes minutes)
//
// It seeds `--scale` × the demo data (a throwaway database from createTestDatabase, or the named
// one), then measures, side by side:
//   • the map query through the API (yoga.fetch, GraphQL over HTTP in-process, signed in as the
//     ministry), at LOW detail as the web page asks for it;
//   • a raw-SQL baseline: one hand-written statement returning the same partnerships, areas and
//     figures as JSON (unsimplified geometry: PostgreSQL has no simplification without PostGIS);
// with p50/p95 latency and throughput, the payload per partnership (raw and gzip), the number of SQL
// statements per API request, and the web's JS sizes from the Next build (see web-js-size below).
// Then every main API path over HTTP against its own SQL baseline (api-table.ts).
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type Database, openDatabase } from '@naboskab/db';
import { createTestDatabase } from '@naboskab/db/testing';
import { demoAccounts, seedDemo } from '@naboskab/seed';
import { CSRF_HEADER, createApi, readEnv } from '../src/index.ts';
import { apiTable, benchEnv } from './api-table.ts';
import { baselineSql } from './map-data-baseline.ts';
import { webJsSizes } from './web-js-size.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100' },
    database: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    iterations: { type: 'string', default: '30' },
    concurrency: { type: 'string', default: '4' },
    'dist-dir': { type: 'string', default: process.env.NEXT_DIST_DIR ?? '.next' },
    // Another build to compare the web's first-load JS with (e.g. main's web/.next).
    'web-before': { type: 'string' },
  },
});
const scale = Number(values.scale);
const iterations = Number(values.iterations);
const concurrency = Number(values.concurrency);

const MAP = `query Map($filter: MinistryFilter, $detail: MapDetail) {
  ministryMap(filter: $filter, detail: $detail) {
    partnerships { id name slug status arenas granted paid associations meetsAssociationBar participantsReached activitiesHeld volunteersActive
      centre { lat lon } areas { id municipalityName geometry } }
    totals { partnerships granted paid associations associationBar partnershipsMeetingAssociationBar signOnFees signOnFeeCount
      participantsReached newParticipantsBridged activitiesHeld volunteersActive approvedHours loneliness { phase answer count } }
  }
}`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function measure(run: () => Promise<unknown>) {
  for (let i = 0; i < 3; i++) await run(); // warm-up: JIT, plans, connection pool
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const started = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (done < iterations) {
        done++;
        await run();
      }
    }),
  );
  const throughput = (done / (performance.now() - started)) * 1000;
  return { p50: percentile(times, 50), p95: percentile(times, 95), throughput };
}

let statements = 0;
const db: Database = values.database
  ? await openDatabase({ url: values.database, onQuery: () => statements++ })
  : await createTestDatabase({ onQuery: () => statements++ });
try {
  console.log(
    `${values.reuse ? 'Reusing' : `Seeding scale ${scale} into`} ${db.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (set DATABASE_URL for PostgreSQL)'} …`,
  );
  const seeded = await seedDemo(db.prisma, {
    scale,
    reset: !values.reuse,
    now: new Date('2026-11-01T00:00:00Z'),
  });
  console.log(
    `  ${seeded.counts.partnerships ?? '?'} partnerships, ${seeded.counts.areas ?? '?'} areas${seeded.skipped ? ' (already seeded)' : ` in ${(seeded.durationMs / 1000).toFixed(1)} s`}`,
  );

  // A live database has planner statistics (autovacuum); a freshly bulk-loaded one does not.
  await db.prisma.$executeRawUnsafe('ANALYZE');

  const api = createApi({ prisma: db.prisma, env: readEnv(benchEnv), cacheMinistryMap: false });
  const signIn = await api.fetch('http://bench.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email: demoAccounts.ministry.email, password: demoAccounts.ministry.password } },
    }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const viaApi = async (detail: 'LOW' | 'HIGH') => {
    const response = await api.fetch('http://bench.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
      body: JSON.stringify({ query: MAP, variables: { detail } }),
    });
    const text = await response.text();
    if (!text.includes('"partnerships":[')) throw new Error(`Unexpected answer: ${text.slice(0, 300)}`);
    return text;
  };
  const viaSql = async () =>
    JSON.stringify((await db.prisma.$queryRawUnsafe<{ result: unknown }[]>(baselineSql))[0]?.result);

  const low = await viaApi('LOW');
  const high = await viaApi('HIGH');
  const sql = await viaSql();
  const count = (JSON.parse(low) as { data: { ministryMap: { partnerships: unknown[] } } }).data.ministryMap
    .partnerships.length;
  const sqlCount = (JSON.parse(sql) as { partnerships: unknown[] }).partnerships.length;
  if (count !== sqlCount) throw new Error(`API has ${count} partnerships, SQL ${sqlCount}`);
  statements = 0;
  await viaApi('LOW');
  const perRequest = statements;

  const apiLow = await measure(() => viaApi('LOW'));
  const rawSql = await measure(viaSql);
  const rows = [
    ['', 'API (yoga.fetch, LOW)', 'raw SQL baseline', 'ratio API/SQL'],
    ['p50 latency', ms(apiLow.p50), ms(rawSql.p50), (apiLow.p50 / rawSql.p50).toFixed(2)],
    ['p95 latency', ms(apiLow.p95), ms(rawSql.p95), (apiLow.p95 / rawSql.p95).toFixed(2)],
    [
      `throughput (${concurrency} in flight)`,
      `${apiLow.throughput.toFixed(1)} req/s`,
      `${rawSql.throughput.toFixed(1)} req/s`,
      (apiLow.throughput / rawSql.throughput).toFixed(2),
    ],
    ['payload', kb(low.length), kb(sql.length), (low.length / sql.length).toFixed(2)],
    ['bytes per partnership', `${Math.round(low.length / count)}`, `${Math.round(sql.length / count)}`, ''],
    [
      'gzip bytes per partnership',
      `${Math.round(gzipSync(low).length / count)}`,
      `${Math.round(gzipSync(sql).length / count)}`,
      '',
    ],
    ['SQL statements per request', `${perRequest}`, '1', ''],
  ];
  console.log(
    `\nMinistry map data, ${count} funded partnerships (scale ${scale}), ${iterations} requests each:\n`,
  );
  const width = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(width[i] ?? 0)).join('  '));
  console.log(
    `\nGeometry detail: LOW ${Math.round(low.length / count)} B/partnership vs HIGH ${Math.round(high.length / count)} B/partnership (${((1 - low.length / high.length) * 100).toFixed(0)} % smaller).`,
  );
  webJsSizes(values['dist-dir'], values['web-before']);
  const takeStatements = () => {
    const sent = statements;
    statements = 0;
    return sent;
  };
  await apiTable({ prisma: db.prisma, takeStatements, iterations, concurrency });
} finally {
  await db.close();
}
