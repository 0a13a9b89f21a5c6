import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './support.ts';

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
