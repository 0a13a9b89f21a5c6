// Sign-in limits under parallel guessing, on one API and on two over one database.
import { openDatabase } from '@naboskab/db';
import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearSignInThrottle } from '../src/auth/sign-in-throttle.ts';
import { createApi, readEnv } from '../src/index.ts';
import { SIGN_IN, startTestApi, TestClient } from './support.ts';

// A first delay longer than any test, so "how many were checked" does not depend on speed.
const ENV = { SIGN_IN_FIRST_DELAY_SECONDS: '60' };
const WRONG = 'Forkert e-mail eller adgangskode.';

let app: Awaited<ReturnType<typeof startTestApi>>;
beforeAll(async () => {
  app = await startTestApi(ENV);
});
afterAll(() => app.close());

const attempt = (client: TestClient, email: string, password: string) =>
  client.gql(SIGN_IN, { input: { email, password } });

/** How many of the answers show the password was checked (and was wrong). */
const checked = (results: { data?: Record<string, any> }[]) =>
  results.filter((r) => r.data?.signIn.message === WRONG).length;

describe('sign-in limits', () => {
  it('checks at most 5 of 50 parallel wrong passwords for one account from one address', async () => {
    const { user } = await createUser(app.prisma);
    const client = app.client({ 'x-forwarded-for': '203.0.113.10' });
    const results = await Promise.all(
      Array.from({ length: 50 }, () => attempt(client, user.email, 'wrong-password-1')),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(checked(results)).toBe(5);
    const refused = results.filter((r) => r.data?.signIn.message !== WRONG);
    expect(refused).toHaveLength(45);
    for (const r of refused) {
      expect(r.data?.signIn.__typename).toBe('NotAllowedError');
      expect(r.data?.signIn.message).toMatch(
        /^For mange forkerte forsøg på at logge ind\. Vent (1 minut|\d\d sekunder), og prøv igen\.$/,
      );
    }
  });

  it.skipIf(!process.env.DATABASE_URL)(
    'checks at most 5 of 50 parallel wrong passwords spread over two API instances on one database',
    async () => {
      const [database] = await app.prisma.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
      const url = new URL(process.env.DATABASE_URL as string);
      url.pathname = `/${database?.name}`;
      const second = await openDatabase({ url: url.toString(), migrate: false });
      try {
        const other = createApi({ prisma: second.prisma, env: readEnv({ NODE_ENV: 'test', ...ENV }) });
        const { user } = await createUser(app.prisma);
        const headers = { 'x-forwarded-for': '203.0.113.11' };
        const clients = [app.client(headers), new TestClient(other, headers)];
        const results = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            attempt(clients[i % 2] as TestClient, user.email, 'wrong-password-1'),
          ),
        );
        expect(checked(results)).toBe(5);
      } finally {
        await second.close();
      }
    },
  );

  it('does not lock the real user out from their own address when a stranger guesses', async () => {
    const { user, password } = await createUser(app.prisma);
    const stranger = app.client({ 'x-forwarded-for': '198.51.100.20' });
    await Promise.all(Array.from({ length: 50 }, () => attempt(stranger, user.email, 'wrong-password-1')));
    const owner = app.client({ 'x-forwarded-for': '192.0.2.20' });
    expect((await attempt(owner, user.email, password)).data?.signIn.__typename).toBe('SignInSuccess');
  });

  it('makes the wait grow with each further failure (OWASP: delays, not a lock)', async () => {
    const { user } = await createUser(app.prisma);
    const client = app.client({ 'x-forwarded-for': '203.0.113.12' });
    for (let i = 0; i < 5; i++) await attempt(client, user.email, 'wrong-password-1');
    const waits: string[] = [];
    for (let i = 0; i < 3; i++) {
      waits.push((await attempt(client, user.email, 'wrong-password-1')).data?.signIn.message);
      // The wait is over: move every delay into the past, as time would.
      await app.prisma.$executeRaw`UPDATE "SignInThrottle" SET "notBefore" = now() - interval '1 second'`;
      expect((await attempt(client, user.email, 'wrong-password-1')).data?.signIn.message).toBe(WRONG);
    }
    expect(waits).toEqual([
      'For mange forkerte forsøg på at logge ind. Vent 1 minut, og prøv igen.',
      'For mange forkerte forsøg på at logge ind. Vent 2 minutter, og prøv igen.',
      'For mange forkerte forsøg på at logge ind. Vent 4 minutter, og prøv igen.',
    ]);
  });

  it('lets the user straight back in once their throttle is cleared (as a password reset does)', async () => {
    const { user, password } = await createUser(app.prisma);
    const client = app.client({ 'x-forwarded-for': '203.0.113.13' });
    for (let i = 0; i < 5; i++) await attempt(client, user.email, 'wrong-password-1');
    expect((await attempt(client, user.email, password)).data?.signIn.__typename).toBe('NotAllowedError');
    await clearSignInThrottle(app.prisma, user.email);
    expect((await attempt(client, user.email, password)).data?.signIn.__typename).toBe('SignInSuccess');
  });

  it('keeps no e-mail address or IP address in its counters', async () => {
    const rows = await app.prisma.$queryRaw<{ key: string }[]>`SELECT "key" FROM "SignInThrottle"`;
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});
