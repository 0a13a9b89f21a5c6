import { createPartnership } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphQLResponse, startTestApi } from './support.ts';

const MAP = 'query Map($filter: MinistryFilter) { ministryMap(filter: $filter) { __typename } }';

describe('hostile scalar input', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterAll(() => app.close());

  it.each([
    ['a number beyond 2^53', 1e30],
    ['a 30-digit string', '123456789012345678901234567890'],
    ['a 16-digit string beyond 2^53', '9999999999999999'],
    ['a fraction', 12.5],
  ])(
    'answers an over-large or malformed Money variable (%s) as BAD_USER_INPUT naming the field',
    async (_name, grantMax) => {
      const result = await app.client().gql(MAP, { filter: { grantMax } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('filter.grantMax');
      expect(result.errors?.[0]?.message).not.toMatch(/Unexpected error/);
    },
  );

  it.each([
    [
      'a malformed DateTime',
      'mutation ($input: BookResourceInput!) { bookResource(input: $input) { __typename } }',
      { resourceId: 'UmVzb3VyY2U6eA==', purpose: 'x', startsAt: 'i morgen', endsAt: '2026-13-45T99:00:00Z' },
      'input.startsAt',
    ],
    [
      'a malformed Date',
      'mutation ($input: LogVolunteerHoursInput!) { logVolunteerHours(input: $input) { __typename } }',
      { activityId: 'QWN0aXZpdHk6eA==', date: '31-12-2026', hours: 2 },
      'input.date',
    ],
  ])('answers %s as BAD_USER_INPUT naming the field', async (_name, query, input, field) => {
    const result = await app.client().gql(query, { input });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.map((e) => e.message).join('\n')).toContain(`at "${field}"`);
  });
});

describe('page cursors', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterAll(() => app.close());
  const cursorOf = (text: string) => Buffer.from(text).toString('base64');
  const PAGE =
    'query ($after: String) { municipalities(first: 2, after: $after) { pageInfo { endCursor } } }';

  it.each([
    ['text that is no cursor', 'zzz'],
    ['a cursor whose key is no UUID', cursorOf('GPC:S:notauuid')],
    ['a cursor carrying SQL', cursorOf("GPC:S:' OR 1=1 --")],
    ['a number cursor', cursorOf('GPC:N:12')],
  ])(
    'answers %s as BAD_USER_INPUT naming the argument, not as an unexpected error',
    async (_name, cursor) => {
      for (const [query, argument] of [
        ['query ($after: String) { activities(first: 2, after: $after) { totalCount } }', 'after'],
        [
          'query ($before: String) { volunteerOpportunities(last: 2, before: $before) { totalCount } }',
          'before',
        ],
      ] as const) {
        const result = await app.client().gql(query, { [argument]: cursor });
        expect(result.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          issues: [{ path: [argument], message: 'Sidemarkøren er ikke gyldig: hent listen forfra.' }],
        });
      }
    },
  );

  it('still takes the cursors it hands out, UUID and municipality code alike', async () => {
    const first = await app.client().gql(PAGE);
    const next = await app.client().gql(PAGE, { after: first.data?.municipalities.pageInfo.endCursor });
    expect(next.errors).toBeUndefined();
    const { id } = await app.prisma.activity.create({
      data: { partnershipId: (await createPartnership(app.prisma)).id, title: 'Side', published: true },
    });
    const activities = await app
      .client()
      .gql('query ($after: String) { activities(first: 2, after: $after) { totalCount } }', {
        after: cursorOf(`GPC:S:${id}`),
      });
    expect(activities.errors).toBeUndefined();
  });
});

describe('a NUL character in any text (PostgreSQL cannot store it)', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterAll(() => app.close());

  const refusedAt = (result: GraphQLResponse, where: string) => {
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe(`Teksten i ${where} indeholder et ugyldigt tegn (NUL).`);
    expect(result.data ?? null).toBeNull();
  };

  it('is bad input naming the variable, in a query and in a nested mutation input, and nothing is written', async () => {
    const search = await app
      .client()
      .gql('query ($s: String) { partnerships(first: 5, search: $s) { totalCount } }', { s: 'Bo\u0000rg' });
    refusedAt(search, '$s');
    const register = await app
      .client()
      .gql('mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename } }', {
        input: {
          name: 'Karen\u0000Juhl',
          email: 'karen.nul@example.dk',
          password: 'kaffe-cykel-maane-7',
          consent: true,
          consentTextVersion: 'frivillig-samtykke-v1',
        },
      });
    refusedAt(register, '$input.name');
    expect(await app.prisma.user.count({ where: { email: 'karen.nul@example.dk' } })).toBe(0);
  });

  it('is bad input in a string written in the query itself', async () => {
    const inline = await app.client().gql('{ partnerships(first: 5, search: "Bo\\u0000rg") { totalCount } }');
    refusedAt(inline, 'search');
  });
});
