import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN, startTestApi } from './support.ts';

const VIEWER = 'query { viewer { email role name } }';

describe('sign-in and sessions', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi({ SESSION_IDLE_MINUTES: '30' });
  });
  afterAll(() => app.close());

  it.each(['ADMIN', 'COORDINATOR', 'VOLUNTEER', 'MINISTRY'] as const)(
    'signs a %s in and out',
    async (role) => {
      const { user, password } = await createUser(app.prisma, { role });
      const client = app.client();
      expect((await client.gql(VIEWER)).data?.viewer).toBeNull();

      const before = new Date();
      const signedIn = await client.signIn(user.email.toUpperCase(), password);
      const person = await app.prisma.person.findUniqueOrThrow({ where: { id: user.personId } });
      expect(person.lastActiveAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
      expect(signedIn.data?.signIn.viewer).toMatchObject({ email: user.email, role });
      const setCookie = signedIn.headers.getSetCookie().join('\n');
      expect(setCookie).toMatch(/naboskab_session=[\w-]{40,}/);
      expect(setCookie).toMatch(/HttpOnly/i);
      expect(setCookie).toMatch(/SameSite=Lax/i);
      expect((await client.gql(VIEWER)).data?.viewer).toMatchObject({ email: user.email, role });

      const signedOut = await client.gql('mutation { signOut }');
      expect(signedOut.data?.signOut).toBe(true);
      expect((await client.gql(VIEWER)).data?.viewer).toBeNull();
      expect(await app.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    },
  );

  it('refuses a wrong password in Danish and English without saying which part was wrong', async () => {
    const { user } = await createUser(app.prisma);
    const da = await app
      .client()
      .gql(SIGN_IN, { input: { email: user.email, password: 'forkert-kode-123' } });
    expect(da.data?.signIn).toEqual({
      __typename: 'NotAllowedError',
      message: 'Forkert e-mail eller adgangskode.',
    });
    const en = await app
      .client({ 'accept-language': 'en-GB,en;q=0.9' })
      .gql(SIGN_IN, { input: { email: 'nobody@example.test', password: 'whatever-123' } });
    expect(en.data?.signIn).toEqual({ __typename: 'NotAllowedError', message: 'Wrong e-mail or password.' });
  });

  it('returns per-field validation issues for a malformed e-mail', async () => {
    const result = await app.client().gql(SIGN_IN, { input: { email: 'ikke-en-mail', password: 'x' } });
    expect(result.data?.signIn.__typename).toBe('ValidationError');
    expect(result.data?.signIn.issues).toEqual([
      { path: ['input', 'email'], message: 'Skriv en gyldig e-mailadresse.' },
    ]);
  });

  it('delays an account after 5 failures from one address, even with the right password; not from another', async () => {
    const { user, password } = await createUser(app.prisma);
    const client = app.client({ 'x-forwarded-for': '203.0.113.7' });
    for (let i = 0; i < 5; i++) {
      await client.gql(SIGN_IN, { input: { email: user.email, password: 'wrong-password-1' } });
    }
    const blocked = await client.gql(SIGN_IN, { input: { email: user.email, password } });
    expect(blocked.data?.signIn.__typename).toBe('NotAllowedError');
    expect(blocked.data?.signIn.message).toMatch(/For mange forkerte forsøg .* Vent 1 sekund/);
    expect(await app.prisma.session.count({ where: { userId: user.id } })).toBe(0);
    const elsewhere = await app
      .client({ 'x-forwarded-for': '192.0.2.7' })
      .gql(SIGN_IN, { input: { email: user.email, password } });
    expect(elsewhere.data?.signIn.__typename).toBe('SignInSuccess');
  });

  it('rate-limits failed attempts per IP across accounts', async () => {
    const client = app.client({ 'x-forwarded-for': '198.51.100.9' });
    for (let i = 0; i < 30; i++) {
      await client.gql(SIGN_IN, {
        input: { email: `guess-${i}@example.test`, password: 'wrong-password-1' },
      });
    }
    const { user, password } = await createUser(app.prisma);
    const blocked = await client.gql(SIGN_IN, { input: { email: user.email, password } });
    expect(blocked.data?.signIn.__typename).toBe('NotAllowedError');
    const elsewhere = await app
      .client({ 'x-forwarded-for': '192.0.2.1' })
      .gql(SIGN_IN, { input: { email: user.email, password } });
    expect(elsewhere.data?.signIn.__typename).toBe('SignInSuccess');
  });

  it('ends a session after the idle limit and after the absolute limit', async () => {
    const { user, password } = await createUser(app.prisma);
    const client = app.client();
    await client.signIn(user.email, password);
    await app.prisma.session.updateMany({
      where: { userId: user.id },
      data: { lastSeenAt: new Date(Date.now() - 31 * 60_000) },
    });
    expect((await client.gql(VIEWER)).data?.viewer).toBeNull();
    expect(await app.prisma.session.count({ where: { userId: user.id } })).toBe(0);

    await client.signIn(user.email, password);
    await app.prisma.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await client.gql(VIEWER)).data?.viewer).toBeNull();
  });

  it('looks a session up in one SQL statement and refreshes lastSeenAt at most once a minute', async () => {
    const { user, password } = await createUser(app.prisma);
    const client = app.client();
    await client.signIn(user.email, password);
    const lastSeen = async () =>
      (await app.prisma.session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt.getTime();
    const idleSince = new Date(Date.now() - 5 * 60_000);
    await app.prisma.session.updateMany({ where: { userId: user.id }, data: { lastSeenAt: idleSince } });
    app.takeStatements();
    expect((await client.gql('{ __typename }')).data?.__typename).toBe('Query');
    expect(app.takeStatements()).toHaveLength(1);
    const touched = await lastSeen();
    expect(touched).toBeGreaterThan(idleSince.getTime());
    app.takeStatements();
    expect((await client.gql(VIEWER)).data?.viewer?.email).toBe(user.email);
    expect(app.takeStatements()).toHaveLength(1);
    expect(await lastSeen()).toBe(touched);
  });

  it('ignores a forged or unknown session cookie', async () => {
    const client = app.client({ cookie: 'naboskab_session=forged-token-value' });
    expect((await client.gql(VIEWER)).data?.viewer).toBeNull();
  });

  it('refuses a request a cross-site form could send (no CSRF header, simple content type)', async () => {
    const { user, password } = await createUser(app.prisma);
    const client = app.client();
    await client.signIn(user.email, password);
    const forged = await client.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(forged.status).toBe(403);
    expect((await client.gql(VIEWER)).data?.viewer).toMatchObject({ email: user.email });
  });

  it('saves the locale only for a signed-in user and refuses anyone else before reading input', async () => {
    const anonymous = await app.client().gql('mutation { setLocale(locale: EN) }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { user, password } = await createUser(app.prisma);
    const client = app.client();
    await client.signIn(user.email, password);
    expect((await client.gql('mutation { setLocale(locale: EN) }')).data?.setLocale).toBe(true);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe('en');
  });
});
