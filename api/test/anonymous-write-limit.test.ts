// Writes without a session (registration and any other anonymous mutation) are limited per
// address, atomically: parallel requests cannot slip past the limit.
import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN, startTestApi } from './support.ts';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) { __typename }
  }
`;

let app: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  app = await startTestApi({ ANONYMOUS_WRITE_LIMIT: '5', ANONYMOUS_WRITE_WINDOW_MINUTES: '60' });
});
afterAll(() => app.close());

let n = 0;
const registration = () => ({
  name: 'Karen Juhl',
  email: `karen.juhl.${++n}@example.dk`,
  password: 'kaffe-cykel-maane-7',
  consent: true,
  consentTextVersion: 'frivillig-samtykke-v1',
});
const limited = (r: { errors?: { extensions?: { code?: string } }[] }) =>
  r.errors?.[0]?.extensions?.code === 'RATE_LIMITED';

describe('anonymous writes', () => {
  it('lets 5 of 30 parallel registrations from one address through and refuses the rest, in Danish', async () => {
    const client = app.client({ 'x-forwarded-for': '203.0.113.50' });
    const results = await Promise.all(
      Array.from({ length: 30 }, () => client.gql(REGISTER, { input: registration() })),
    );
    expect(results.filter((r) => !limited(r))).toHaveLength(5);
    const refused = results.find(limited);
    expect(refused?.errors?.[0]?.message).toMatch(
      /^For mange ændringer fra din adresse uden at være logget ind\. Vent \d+ minutter?, og prøv igen\.$/,
    );
    await app.settled();
    expect(await app.prisma.user.count({ where: { email: { startsWith: 'karen.juhl.' } } })).toBe(5);
  });

  it('says it in English, and another address is not affected', async () => {
    const english = await app
      .client({ 'x-forwarded-for': '203.0.113.50', 'accept-language': 'en' })
      .gql(REGISTER, { input: registration() });
    expect(english.errors?.[0]?.message).toMatch(
      /^Too many changes from your address without signing in\. Wait \d+ minutes?/,
    );
    const elsewhere = await app
      .client({ 'x-forwarded-for': '203.0.113.51' })
      .gql(REGISTER, { input: registration() });
    expect(elsewhere.data?.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');
  });

  it('does not count signing in (it has its own limits) nor writes of signed-in people', async () => {
    const { user, password } = await createUser(app.prisma);
    const client = app.client({ 'x-forwarded-for': '203.0.113.50' });
    expect(
      (await client.gql(SIGN_IN, { input: { email: user.email, password } })).data?.signIn.__typename,
    ).toBe('SignInSuccess');
    const result = await client.gql('mutation { setLocale(locale: EN) }');
    expect(result.data?.setLocale).toBe(true);
  });

  it('does not count a protected mutation an anonymous caller is refused (it writes nothing)', async () => {
    const client = app.client({ 'x-forwarded-for': '203.0.113.52' });
    for (let i = 0; i < 8; i++) {
      const refused = await client.gql('mutation { setLocale(locale: EN) }');
      expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await client.gql(REGISTER, { input: registration() })).data?.registerVolunteer.__typename).toBe(
      'RegisterVolunteerSuccess',
    );
  });
});
