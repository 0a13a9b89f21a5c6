import type { Database, PrismaClient } from '@naboskab/db';
import { createTestDatabase } from '@naboskab/db/testing';
import { afterAll, beforeAll } from 'vitest';
import { CSRF_HEADER, createApi, readEnv } from '../src/index.ts';

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
  headers: Headers;
}

/** The API and a world of test data built on it, started once for the calling test file. */
export function worldPerFile<W>(build: (app: Awaited<ReturnType<typeof startTestApi>>) => Promise<W>) {
  const started = {} as { app: Awaited<ReturnType<typeof startTestApi>>; w: W };
  beforeAll(async () => {
    started.app = await startTestApi();
    started.w = await build(started.app);
  });
  afterAll(() => started.app.close());
  return started;
}

/** Resolves once `count` statements on this database wait for a lock (PostgreSQL only). */
export async function waitForLockWaits(prisma: PrismaClient, count: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const [row] = await prisma.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM pg_stat_activity
      WHERE datname = current_database() AND wait_event_type = 'Lock'`;
    if ((row?.waiting ?? 0) >= count) return;
    if (Date.now() > deadline) throw new Error(`Fewer than ${count} statements waited for a lock`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A fresh migrated database and the API over it, served in-process through yoga.fetch. */
export async function startTestApi(env: Record<string, string> = {}) {
  const statements: string[] = [];
  const db: Database = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
  const api = createApi({ prisma: db.prisma, env: readEnv({ NODE_ENV: 'test', ...env }) });
  const background = new BackgroundWork();
  return {
    db,
    prisma: db.prisma,
    api,
    /** SQL statements sent since the last call to this function. */
    takeStatements: () => statements.splice(0),
    /** A browser-like client with its own cookie jar. */
    client: (headers: Record<string, string> = {}) => new TestClient(api, headers, background),
    /** Waits for the work requests left for after their answer (ctx.waitUntil). */
    settled: () => background.settled(),
    async close() {
      await background.settled();
      await db.close();
    },
  };
}

/** What node:http's server does with ctx.waitUntil: the answer goes, the work runs on; tracked. */
class BackgroundWork {
  private readonly running = new Set<Promise<unknown>>();

  waitUntil = (work: Promise<unknown>) => {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
  };

  async settled() {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}

export class TestClient {
  private cookies = new Map<string, string>();

  constructor(
    private readonly api: ReturnType<typeof createApi>,
    private readonly headers: Record<string, string>,
    private readonly background = new BackgroundWork(),
  ) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(this.headers)) headers.set(name, value);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const response = await this.api.fetch(
      `http://naboskab.test${path}`,
      { ...init, headers },
      { waitUntil: this.background.waitUntil },
    );
    for (const line of response.headers.getSetCookie()) this.remember(line);
    return response;
  }

  async gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  async signIn(email: string, password: string) {
    const result = await this.gql(SIGN_IN, { input: { email, password } });
    if (result.data?.signIn?.__typename !== 'SignInSuccess') {
      throw new Error(`Sign-in failed: ${JSON.stringify(result)}`);
    }
    return result;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private remember(setCookie: string) {
    const [pair = '', ...attributes] = setCookie.split(';');
    const [name = '', value = ''] = pair.split('=');
    const expired = attributes.some(
      (a) => /expires=thu, 01 jan 1970/i.test(a.trim()) || /max-age=0/i.test(a.trim()),
    );
    if (expired || value === '') this.cookies.delete(name.trim());
    else this.cookies.set(name.trim(), value.trim());
  }
}

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      __typename
      ... on SignInSuccess { viewer { id name email role } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
