import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLInterfaceType, isObjectType } from 'graphql';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printedSchema } from '../scripts/print-schema.ts';
import { CSRF_HEADER, createApi, readEnv } from '../src/index.ts';
import { startTestApi } from './support.ts';

describe('the HTTP server', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterAll(() => app.close());

  it('has a committed api/schema.graphql that matches the code (run `npm run generate -w @naboskab/api`)', () => {
    expect(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8')).toBe(printedSchema);
  });

  it('names a type …Error exactly when it implements Error (the web tells typed errors apart by name)', () => {
    const schema = buildSchema(printedSchema);
    const error = schema.getType('Error') as GraphQLInterfaceType;
    const implementing = schema.getImplementations(error).objects.map((t) => t.name);
    const named = Object.values(schema.getTypeMap()).filter(
      (t) => isObjectType(t) && t.name.endsWith('Error'),
    );
    expect(named.map((t) => t.name).sort()).toEqual(implementing.sort());
  });

  it('reports database reachability on /health', async () => {
    const response = await app.api.fetch('http://naboskab.test/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
  });

  it('limits aliases, tokens and cost of queries', async () => {
    const client = app.client();
    expect(
      (await client.gql('{ areas { edges { node { municipality { region { code } } } } } }')).errors,
    ).toBeUndefined();
    // Cost is the values a response can hold: pages inside pages multiply (cost-limit.test.ts).
    const pages = `{ partnerships(first: 100) { edges { node { ...on Partnership { members(first: 100) { edges { node { partnership { members(first: 100) { totalCount } } } } } } } } } }`;
    expect((await client.gql(pages)).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { name }`).join(' ')} }`;
    expect((await client.gql(aliases)).errors?.[0]?.message).toMatch(/Aliases limit/);
    const tokens = `{ regions { ${'code '.repeat(5000)} } }`;
    expect((await client.gql(tokens)).errors?.[0]?.message).toMatch(/Token limit/i);
  });

  it('masks unexpected errors: no stack trace or SQL reaches the client', async () => {
    // A database whose area query fails like a bug would (the API's own extension wraps it too).
    const failing: typeof app.prisma = new Proxy(app.prisma, {
      get: (target, key) =>
        key === 'area'
          ? { findMany: () => Promise.reject(new Error('SELECT secret FROM "Area"')) }
          : key === '$extends'
            ? () => failing
            : Reflect.get(target, key),
    });
    const broken = createApi({
      prisma: failing,
      env: readEnv({ NODE_ENV: 'test' }),
    });
    const response = await broken.fetch('http://naboskab.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ query: '{ areas { edges { node { id } } } }' }),
    });
    const text = await response.text();
    expect(text).toContain('Unexpected error.');
    expect(text).not.toMatch(/SELECT|secret|\.ts:\d+|stack/i);
  });

  it("serves plain routes with the request's viewer and hides their failures", async () => {
    const { createUser } = await import('@naboskab/seed/factories');
    const api = createApi({
      prisma: app.prisma,
      env: readEnv({ NODE_ENV: 'test' }),
      routes: [
        {
          pattern: /^\/echo\/(?<word>\w+)$/,
          handle: async (ctx, params) =>
            Response.json({ word: params.word, viewer: ctx.viewer?.email ?? null }),
        },
        {
          pattern: /^\/broken$/,
          handle: async () => {
            throw new Error('SELECT secret');
          },
        },
      ],
    });
    const { user, password } = await createUser(app.prisma);
    const signedIn = app.client();
    await signedIn.signIn(user.email, password);
    const cookie = `naboskab_session=${signedIn.cookie('naboskab_session')}`;
    const echo = await api.fetch('http://naboskab.test/echo/hej', { headers: { cookie } });
    expect(await echo.json()).toEqual({ word: 'hej', viewer: user.email });
    const anonymous = await api.fetch('http://naboskab.test/echo/hej');
    expect(await anonymous.json()).toEqual({ word: 'hej', viewer: null });
    const post = await api.fetch('http://naboskab.test/echo/hej', { method: 'POST' });
    expect(post.status).toBe(405);
    const broken = await api.fetch('http://naboskab.test/broken');
    expect(broken.status).toBe(500);
    expect(await broken.text()).not.toMatch(/secret/);
  });

  it('answers when a client selects nothing but __typename of a database-backed result', async () => {
    const { createArea, createGeography, createPartnership, createUser } = await import(
      '@naboskab/seed/factories'
    );
    const { encodeGlobalID } = await import('@pothos/plugin-relay');
    await createGeography(app.prisma);
    const area = await createArea(app.prisma);
    const { user, password } = await createUser(app.prisma, { role: 'COORDINATOR' });
    const partnership = await createPartnership(app.prisma, { coordinators: [user.id], areaIds: [area.id] });
    const client = app.client();
    await client.signIn(user.email, password);
    const result = await client.gql(
      'mutation($i: UpdatePartnershipInput!) { updatePartnership(input: $i) { __typename } }',
      {
        i: { id: encodeGlobalID('Partnership', partnership.id), name: 'Nyt navn' },
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updatePartnership.__typename).toBe('UpdatePartnershipSuccess');
  });

  it('turns introspection and GraphiQL off in production', async () => {
    const production = createApi({
      prisma: app.prisma,
      env: readEnv({ NODE_ENV: 'production', LINK_SECRET: 'x'.repeat(32) }),
    });
    const introspection = await production.fetch('http://naboskab.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    expect((await introspection.json()).errors?.[0]?.message).toMatch(/introspection/i);
    const graphiql = await production.fetch('http://naboskab.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await graphiql.text()).not.toMatch(/graphiql/i);
    const development = await app.api.fetch('http://naboskab.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await development.text()).toMatch(/graphiql/i);
  });

  it('passes the GraphQL-over-HTTP compliance audit (graphql-http)', async () => {
    const results = await auditServer({
      url: 'http://naboskab.test/graphql',
      fetchFn: (input: RequestInfo | URL, init?: RequestInit) => {
        const headers = new Headers(init?.headers);
        headers.set(CSRF_HEADER, '1');
        return app.api.fetch(input as string, { ...init, headers });
      },
    });
    const failures = results.flatMap((r) => (r.status === 'error' ? [`${r.id} ${r.name}: ${r.reason}`] : []));
    expect(failures).toEqual([]);
  });
});
