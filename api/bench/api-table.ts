// The API table of the benchmark: every main path as a GraphQL request over HTTP to the real
// server (node:http on a loopback port, as server.ts serves it) against its hand-written SQL
// statement, interleaved in this one process on the same Prisma client (same pool, same
// connection settings). The statement is measured twice: called in-process, and served by a bare
// node:http handler fetched by the same HTTP client as the API, so that both sides pay HTTP.
// Prints p50/p95, throughput, the ratio API/SQL against both baselines, SQL statements per
// request (and whether that count stays the same at a page size of 5) and payload bytes; and the
// "ceiling": the same statement served as one field through the API's own pipeline
// (ceiling-schema.ts), the best any resolver design inside this stack could do.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PrismaClient } from '@naboskab/db';
import { demoAccounts } from '@naboskab/seed';
import { CSRF_HEADER, createApi, readEnv } from '../src/index.ts';
import { type Account, type ApiPath, apiPaths } from './api-paths.ts';
import { CEILING_QUERY, ceilingSchema } from './ceiling-schema.ts';

const GOAL = 0.6;

/** Production settings (masked errors, no introspection), with the secret production requires. */
export const benchEnv = { NODE_ENV: 'production', LINK_SECRET: 'bench-'.padEnd(32, 'x') };

interface Timing {
  p50: number;
  p95: number;
  rps: number;
}

type Kind = 'api' | 'sql' | 'http' | 'ceiling';
const KINDS: Kind[] = ['api', 'sql', 'http', 'ceiling'];

interface Row {
  path: ApiPath;
  timing: Record<Kind, Timing>;
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

/** A partnership slug, a meeting id, a region and a search term from the seeded data. */
export async function sample(prisma: PrismaClient) {
  const [row] = await prisma.$queryRawUnsafe<{ slug: string; meetingId: string; regionCode: string }[]>(`
    SELECT (SELECT p.slug FROM "Partnership" p JOIN "PartnershipMember" m ON m."partnershipId" = p.id
              GROUP BY p.id ORDER BY count(*) DESC, p.slug LIMIT 1) AS slug,
      (SELECT i."meetingId"::text FROM "AgendaItem" i GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1) AS "meetingId",
      (SELECT code FROM "Region" ORDER BY code LIMIT 1) AS "regionCode"`);
  if (!row) throw new Error('The database holds no data: seed it first');
  return { ...row, search: 'telt' };
}

/** POSTs JSON as the web does (with the CSRF header). */
export const postJson = (to: string, body: unknown, cookie = '') =>
  fetch(to, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
    body: JSON.stringify(body),
  });

/** Signs every demo account in at `url`; their session cookies. */
export async function signInAll(url: string) {
  const cookies = new Map<Account, string>();
  for (const account of ['ministry', 'coordinator', 'volunteer', 'admin'] as const) {
    const { email, password } = demoAccounts[account];
    const response = await postJson(url, {
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
  return cookies;
}

export async function listen(handler: (request: IncomingMessage, response: ServerResponse) => void) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** The bare baseline: reads the JSON body `{ path }` and answers `{ data }` from its statement. */
function sqlHandler(prisma: PrismaClient, paths: ApiPath[]) {
  return (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const { path } = JSON.parse(Buffer.concat(chunks).toString()) as { path: number };
      const { sql, params } = paths[path] as ApiPath;
      const [row] = await prisma.$queryRawUnsafe<{ result: unknown }[]>(sql, ...params);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: row?.result }));
    });
  };
}

export async function apiTable({ prisma, takeStatements, iterations, concurrency }: TableOptions) {
  const paths = apiPaths(await sample(prisma));
  const env = readEnv(benchEnv);
  const { server, origin } = await listen(createApi({ prisma, env, cacheMinistryMap: false }));
  const cachedApi = await listen(createApi({ prisma, env }));
  const bare = await listen(sqlHandler(prisma, paths));
  const ceiling = await listen(createApi({ prisma, env, schema: ceilingSchema(prisma, paths) }));
  const url = `${origin}/graphql`;
  const post = (body: unknown, cookie = '', to = url) => postJson(to, body, cookie);
  const cookies = await signInAll(url);
  try {
    const rows = [];
    for (const [index, path] of paths.entries()) rows.push(await measurePath(path, index));
    print(rows, iterations, concurrency);
  } finally {
    server.close();
    cachedApi.server.close();
    bare.server.close();
    ceiling.server.close();
  }

  async function measurePath(path: ApiPath, index: number): Promise<Row> {
    const viaApi = async (variables = path.variables) => {
      const to = path.cached ? `${cachedApi.origin}/graphql` : url;
      const text = await (await post({ query: path.query, variables }, cookies.get(path.account), to)).text();
      if (!text.startsWith('{"data"') || text.includes('"errors"'))
        throw new Error(`${path.name}: ${text.slice(0, 300)}`);
      return text;
    };
    const viaSql = async () =>
      JSON.stringify(
        (await prisma.$queryRawUnsafe<{ result: unknown }[]>(path.sql, ...path.params))[0]?.result,
      );
    // The same cookie as the API's request, so both send the same headers.
    const viaHttp = async () => (await post({ path: index }, cookies.get(path.account), bare.origin)).text();
    const viaCeiling = async () =>
      (
        await post(
          { query: CEILING_QUERY, variables: { path: index } },
          cookies.get(path.account),
          `${ceiling.origin}/graphql`,
        )
      ).text();
    const run = { api: () => viaApi(), sql: viaSql, http: viaHttp, ceiling: viaCeiling };
    const [apiText, sqlText] = [await viaApi(), await viaSql()];
    if ((await viaHttp()) !== `{"data":${sqlText}}`)
      throw new Error(`${path.name}: the bare server answers differently`);
    if ((await viaCeiling()) !== `{"data":{"baseline":${sqlText}}}`)
      throw new Error(`${path.name}: the ceiling answers differently`);
    takeStatements();
    await viaApi();
    const statements = takeStatements();
    let constant = 'n/a';
    if (path.pageVariable) {
      await viaApi({ ...path.variables, [path.pageVariable]: 5 });
      constant = takeStatements() === statements ? 'yes' : 'NO';
    }
    const latency: Record<Kind, number[]> = { api: [], sql: [], http: [], ceiling: [] };
    const timed = async (kind: Kind) => {
      const started = performance.now();
      await run[kind]();
      latency[kind].push(performance.now() - started);
    };
    for (let i = 0; i < 3; i++) await Promise.all(KINDS.map((kind) => run[kind]())); // warm-up
    // Interleaved, rotating which goes first, so all see the same machine load.
    const rotated = (i: number) => [...KINDS.slice(i % KINDS.length), ...KINDS.slice(0, i % KINDS.length)];
    for (let i = 0; i < iterations; i++) for (const kind of rotated(i)) await timed(kind);
    const elapsed: Record<Kind, number> = { api: 0, sql: 0, http: 0, ceiling: 0 };
    const block = async (kind: Kind) => {
      const started = performance.now();
      let issued = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (issued < iterations) {
            issued++;
            await run[kind]();
          }
        }),
      );
      elapsed[kind] += performance.now() - started;
    };
    const rounds = KINDS.length;
    for (let round = 0; round < rounds; round++) for (const kind of rotated(round)) await block(kind);
    const timing = (kind: Kind): Timing => {
      const sorted = latency[kind].sort((a, b) => a - b);
      const rps = ((rounds * iterations) / elapsed[kind]) * 1000;
      return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), rps };
    };
    return {
      path,
      timing: { api: timing('api'), sql: timing('sql'), http: timing('http'), ceiling: timing('ceiling') },
      statements,
      constant,
      bytes: { api: Buffer.byteLength(apiText), sql: Buffer.byteLength(sqlText) },
    };
  }
}

function print(rows: Row[], iterations: number, concurrency: number) {
  const ms = (value: number) => value.toFixed(1);
  const kib = (bytes: number) => (bytes / 1024).toFixed(1);
  const ratio = (r: Row, baseline: Kind, of: Kind = 'api') => r.timing[of].rps / r.timing[baseline].rps;
  const met = (r: Row, baseline: Kind) => (ratio(r, baseline) >= GOAL ? 'yes' : 'NO');
  const table = [
    [
      'path',
      'API p50 ms',
      'API p95 ms',
      'API req/s',
      'SQL p50 ms',
      'SQL req/s',
      'SQL+HTTP p50 ms',
      'SQL+HTTP req/s',
      'ratio SQL',
      'ratio SQL+HTTP',
      `≥ ${GOAL}`,
      'statements',
      'constant',
      'API KiB',
      'SQL KiB',
      'ceiling req/s',
      'ceiling ratio SQL / SQL+HTTP',
    ],
    ...rows.map((r) => [
      r.path.name,
      ms(r.timing.api.p50),
      ms(r.timing.api.p95),
      r.timing.api.rps.toFixed(1),
      ms(r.timing.sql.p50),
      r.timing.sql.rps.toFixed(1),
      ms(r.timing.http.p50),
      r.timing.http.rps.toFixed(1),
      ratio(r, 'sql').toFixed(2),
      ratio(r, 'http').toFixed(2),
      r.path.cached ? 'cache' : r.path.reference ? 'ref.' : `${met(r, 'sql')} / ${met(r, 'http')}`,
      String(r.statements),
      r.constant,
      kib(r.bytes.api),
      kib(r.bytes.sql),
      r.timing.ceiling.rps.toFixed(1),
      `${ratio(r, 'sql', 'ceiling').toFixed(2)} / ${ratio(r, 'http', 'ceiling').toFixed(2)}`,
    ]),
  ];
  console.log(
    `\nMain API paths over HTTP vs. hand-written SQL (${iterations} timed requests each, then ${concurrency} in flight for throughput; ratio = API throughput / baseline throughput; SQL = the statement called in-process, SQL+HTTP = the same statement served by a bare node:http handler and fetched like the API; statements include the session lookup; constant = same count at a page size of 5; every row without the ministry map's response cache except those marked "cache", reported apart from the goal; ceiling = the statement served as one field through the API's own yoga pipeline, session included, the best a resolver design inside this stack could reach):\n`,
  );
  const width = table[0]?.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(width[i] ?? 0)).join(' | ')} |`;
  console.log(line(table[0] ?? []));
  console.log(`|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table.slice(1)) console.log(line(row));
}
