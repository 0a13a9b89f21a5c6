// The API table of the benchmark: every main path as a GraphQL request over HTTP to the real
// server (node:http on a loopback port, as server.ts serves it) against its hand-written SQL
// statement, interleaved in this one process on the same Prisma client (same pool, same
// connection settings). Prints p50/p95, throughput, the ratio API/SQL, SQL statements per request
// (and whether that count stays the same at a page size of 5) and payload bytes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrismaClient } from '@naboskab/db';
import { demoAccounts } from '@naboskab/seed';
import { CSRF_HEADER, createApi, readEnv } from '../src/index.ts';
import { type Account, type ApiPath, apiPaths } from './api-paths.ts';

const GOAL = 0.6;

interface Timing {
  p50: number;
  p95: number;
  rps: number;
}

interface Row {
  path: ApiPath;
  api: Timing;
  sql: Timing;
  statements: number;
  constant: string;
  bytes: { api: number; sql: number };
}

export interface TableOptions {
  prisma: PrismaClient;
  /** Statements sent since the last call. */
  takeStatements: () => number;
  iterations: number;
  concurrency: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

async function sample(prisma: PrismaClient) {
  const [row] = await prisma.$queryRawUnsafe<{ slug: string; meetingId: string; regionCode: string }[]>(`
    SELECT (SELECT p.slug FROM "Partnership" p JOIN "PartnershipMember" m ON m."partnershipId" = p.id
              GROUP BY p.id ORDER BY count(*) DESC, p.slug LIMIT 1) AS slug,
      (SELECT i."meetingId"::text FROM "AgendaItem" i GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS "meetingId",
      (SELECT code FROM "Region" ORDER BY code LIMIT 1) AS "regionCode"`);
  if (!row) throw new Error('The database holds no data: seed it first');
  return { ...row, search: 'telt' };
}

export async function apiTable({ prisma, takeStatements, iterations, concurrency }: TableOptions) {
  const api = createApi({ prisma, env: readEnv({ NODE_ENV: 'production' }) });
  const server = createServer(api);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = (body: unknown, cookie = '') =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
      body: JSON.stringify(body),
    });
  const cookies = new Map<Account, string>();
  for (const account of ['ministry', 'coordinator', 'volunteer', 'admin'] as const) {
    const { email, password } = demoAccounts[account];
    const response = await post({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { __typename } }',
      variables: { input: { email, password } },
    });
    cookies.set(
      account,
      response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; '),
    );
  }
  try {
    const rows = [];
    for (const path of apiPaths(await sample(prisma))) rows.push(await measurePath(path));
    print(rows, iterations, concurrency);
  } finally {
    server.close();
  }

  async function measurePath(path: ApiPath): Promise<Row> {
    const viaApi = async (variables = path.variables) => {
      const text = await (await post({ query: path.query, variables }, cookies.get(path.account))).text();
      if (!text.startsWith('{"data"') || text.includes('"errors"'))
        throw new Error(`${path.name}: ${text.slice(0, 300)}`);
      return text;
    };
    const viaSql = async () =>
      JSON.stringify(
        (await prisma.$queryRawUnsafe<{ result: unknown }[]>(path.sql, ...path.params))[0]?.result,
      );
    const [apiText, sqlText] = [await viaApi(), await viaSql()];
    takeStatements();
    await viaApi();
    const statements = takeStatements();
    let constant = 'n/a';
    if (path.pageVariable) {
      await viaApi({ ...path.variables, [path.pageVariable]: 5 });
      constant = takeStatements() === statements ? 'yes' : 'NO';
    }
    const latency = { api: [] as number[], sql: [] as number[] };
    const timed = async (kind: 'api' | 'sql') => {
      const started = performance.now();
      await (kind === 'api' ? viaApi() : viaSql());
      latency[kind].push(performance.now() - started);
    };
    for (let i = 0; i < 3; i++) await Promise.all([viaApi(), viaSql()]); // warm-up
    // Interleaved, alternating which goes first, so both see the same machine load.
    for (let i = 0; i < iterations; i++) {
      for (const kind of i % 2 ? (['sql', 'api'] as const) : (['api', 'sql'] as const)) await timed(kind);
    }
    const elapsed = { api: 0, sql: 0 };
    const block = async (kind: 'api' | 'sql') => {
      const started = performance.now();
      let issued = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (issued < iterations) {
            issued++;
            await (kind === 'api' ? viaApi() : viaSql());
          }
        }),
      );
      elapsed[kind] += performance.now() - started;
    };
    const rounds = 3;
    for (let round = 0; round < rounds; round++) {
      for (const kind of round % 2 ? (['sql', 'api'] as const) : (['api', 'sql'] as const)) await block(kind);
    }
    const throughput = (kind: 'api' | 'sql') => ((rounds * iterations) / elapsed[kind]) * 1000;
    const sorted = (kind: 'api' | 'sql') => latency[kind].sort((a, b) => a - b);
    return {
      path,
      api: { p50: percentile(sorted('api'), 50), p95: percentile(sorted('api'), 95), rps: throughput('api') },
      sql: { p50: percentile(sorted('sql'), 50), p95: percentile(sorted('sql'), 95), rps: throughput('sql') },
      statements,
      constant,
      bytes: { api: Buffer.byteLength(apiText), sql: Buffer.byteLength(sqlText) },
    };
  }
}

function print(rows: Row[], iterations: number, concurrency: number) {
  const ms = (value: number) => value.toFixed(1);
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  const table = [
    [
      'path',
      'API p50 ms',
      'API p95 ms',
      'API req/s',
      'SQL p50 ms',
      'SQL p95 ms',
      'SQL req/s',
      'ratio',
      `≥ ${GOAL}`,
      'statements',
      'constant',
      'API KiB',
      'SQL KiB',
    ],
    ...rows.map((r) => [
      r.path.name,
      ms(r.api.p50),
      ms(r.api.p95),
      r.api.rps.toFixed(1),
      ms(r.sql.p50),
      ms(r.sql.p95),
      r.sql.rps.toFixed(1),
      (r.api.rps / r.sql.rps).toFixed(2),
      r.path.reference ? 'ref.' : r.api.rps / r.sql.rps >= GOAL ? 'yes' : 'NO',
      String(r.statements),
      r.constant,
      kib(r.bytes.api),
      kib(r.bytes.sql),
    ]),
  ];
  console.log(
    `\nMain API paths over HTTP vs. hand-written SQL (${iterations} timed requests each, then ${concurrency} in flight for throughput; ratio = API/SQL throughput; statements include the session lookup; constant = same count at a page size of 5):\n`,
  );
  const width = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(width[i] ?? 0)).join(' | ')} |`;
  console.log(line(table[0] ?? []));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));
}
