import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './support.ts';

// The rate-limit counters outlive their window and are not erased with a person: like the
// sign-in counters, they must hold digests, never an e-mail address, a phone number or an IP.

let app: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(() => app.close());

describe('rate-limit counters', () => {
  it('store no e-mail address, phone number or client address', async () => {
    const { user, password } = await createUser(app.prisma, { email: 'taeller@example.dk' });
    const client = app.client({ 'x-forwarded-for': '203.0.113.77' });
    await client.gql(
      `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { __typename } }`,
      { input: { email: 'ukendt.adresse@example.dk' } },
    );
    await client.signIn(user.email, password);
    const set = await client.gql(
      `mutation($input: SetMyPhoneInput!) { setMyPhone(input: $input) { __typename } }`,
      { input: { phone: '+45 31 41 59 26' } },
    );
    expect(set.data?.setMyPhone.__typename).toBe('SetMyPhoneSuccess');
    const keys = (await app.prisma.rateLimitCounter.findMany({ select: { key: true } })).map((c) => c.key);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const personal of ['ukendt.adresse', '203.0.113.77', '31415926', user.id]) {
      expect(keys.filter((key) => key.includes(personal))).toEqual([]);
    }
  });
});
