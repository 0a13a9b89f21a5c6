import { createHash, randomBytes } from 'node:crypto';
import { createPartnership, createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CLIENT, type OidcPerson, startOidcProvider } from './oidc-support.ts';
import { SIGN_IN, startTestApi, type TestClient } from './support.ts';

const PUBLIC_URL = 'http://naboskab.test';

describe('staff sign-in with OpenID Connect against a real local provider', () => {
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    provider = await startOidcProvider(`${PUBLIC_URL}/auth/oidc/callback`);
    app = await startTestApi({
      PUBLIC_URL,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
      OIDC_ALLOWED_DOMAINS: 'aarhus.dk, fca.dk',
    });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  /** Starts at /auth/oidc/start, signs in at the provider as `person`; returns the callback URL. */
  async function atProvider(client: TestClient, person: OidcPerson, next = '/partnerskaber') {
    const start = await client.fetch(
      next ? `/auth/oidc/start?next=${encodeURIComponent(next)}` : '/auth/oidc/start',
    );
    expect(start.status).toBe(302);
    const authorization = new URL(start.headers.get('location') ?? '');
    expect(authorization.origin).toBe(provider.issuer);
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorization.searchParams.get('nonce')).toBeTruthy();
    provider.state.as = person;
    const callback = await provider.authorize(authorization.href);
    expect(callback.origin).toBe(PUBLIC_URL);
    return callback;
  }

  async function finish(client: TestClient, callback: URL) {
    const response = await client.fetch(`${callback.pathname}${callback.search}`);
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    const viewer = (await client.gql('{ viewer { email role } }')).data?.viewer ?? null;
    return { location: `${location.pathname}${location.search}`, viewer };
  }

  const person = (email: string, verified = true): OidcPerson => ({
    sub: `sub-${randomBytes(4).toString('hex')}`,
    email,
    email_verified: verified,
  });

  it('says whether OIDC is offered', async () => {
    expect((await app.client().gql('{ oidcSignInAvailable }')).data?.oidcSignInAvailable).toBe(true);
  });

  it('signs in an existing user by verified e-mail, links the subject and keeps it', async () => {
    const { user } = await createUser(app.prisma, { role: 'COORDINATOR', email: 'mette@fca.dk' });
    const who = person('Mette@FCA.dk');
    const client = app.client();
    const first = await finish(client, await atProvider(client, who));
    expect(first).toEqual({
      location: '/partnerskaber',
      viewer: { email: 'mette@fca.dk', role: 'COORDINATOR' },
    });
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).oidcSubject).toBe(
      `${provider.issuer}#${who.sub}`,
    );
    const again = app.client();
    expect((await finish(again, await atProvider(again, who, '/min-side'))).viewer?.email).toBe(
      'mette@fca.dk',
    );
  });

  it('accepts a pending invitation by verified e-mail and lands the coordinator on the partnership', async () => {
    const partnership = await createPartnership(app.prisma, {
      name: 'Sammen i Hasle',
      slug: 'sammen-i-hasle',
    });
    await app.prisma.invitation.create({
      data: {
        tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
        email: 'ny.koordinator@aarhus.dk',
        name: 'Nora Ny',
        role: 'COORDINATOR',
        partnershipId: partnership.id,
        coordinates: true,
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const client = app.client();
    const result = await finish(client, await atProvider(client, person('ny.koordinator@aarhus.dk')));
    expect(result).toEqual({
      location: '/partnerskaber/sammen-i-hasle',
      viewer: { email: 'ny.koordinator@aarhus.dk', role: 'COORDINATOR' },
    });
    const created = await app.prisma.user.findUniqueOrThrow({
      where: { email: 'ny.koordinator@aarhus.dk' },
      include: { coordinates: true, person: true },
    });
    expect(created.coordinates.map((c) => c.partnershipId)).toEqual([partnership.id]);
    expect(created.person.name).toBe('Nora Ny');
  });

  it('refuses a wrong state and starts no session', async () => {
    await createUser(app.prisma, { role: 'COORDINATOR', email: 'state@fca.dk' });
    const client = app.client();
    const callback = await atProvider(client, person('state@fca.dk'));
    callback.searchParams.set('state', 'forged-state');
    expect(await finish(client, callback)).toEqual({ location: '/log-ind?oidc=failed', viewer: null });
  });

  it('refuses a replayed code, even with the first browser’s flow cookie', async () => {
    await createUser(app.prisma, { role: 'COORDINATOR', email: 'replay@fca.dk' });
    const client = app.client();
    const callback = await atProvider(client, person('replay@fca.dk'));
    const flowCookie = client.cookie('naboskab_oidc');
    expect((await finish(client, callback)).viewer?.email).toBe('replay@fca.dk');
    const attacker = app.client({ cookie: `naboskab_oidc=${flowCookie}` });
    expect(await finish(attacker, callback)).toEqual({ location: '/log-ind?oidc=failed', viewer: null });
  });

  it('refuses the callback without the browser’s own flow cookie', async () => {
    await createUser(app.prisma, { role: 'COORDINATOR', email: 'cookie@fca.dk' });
    const callback = await atProvider(app.client(), person('cookie@fca.dk'));
    expect(await finish(app.client(), callback)).toEqual({ location: '/log-ind?oidc=failed', viewer: null });
  });

  for (const [what, who, reason] of [
    ['an unverified e-mail', person('unverified@fca.dk', false), 'unverified'],
    ['an e-mail of no user or invitation', person('nobody@fca.dk'), 'no-account'],
    ['a domain that is not allowed', person('someone@gmail.com'), 'domain'],
  ] as const) {
    it(`refuses ${what} and creates no account`, async () => {
      if (reason === 'unverified') await createUser(app.prisma, { email: 'unverified@fca.dk' });
      const users = await app.prisma.user.count();
      const client = app.client();
      expect(await finish(client, await atProvider(client, who))).toEqual({
        location: `/log-ind?oidc=${reason}`,
        viewer: null,
      });
      expect(await app.prisma.user.count()).toBe(users);
    });
  }

  it('takes an account registered with an address nobody proved from whoever registered it', async () => {
    // Someone registers the staff member's address first, with a password of their own.
    const squatter = app.client();
    const password = 'kaffe-cykel-maane-7';
    const registered = await squatter.gql(
      'mutation ($input: RegisterVolunteerInput!) { registerVolunteer(input: $input) { __typename } }',
      {
        input: {
          name: 'Ikke Karen',
          email: 'karen@aarhus.dk',
          password,
          consent: true,
          consentTextVersion: 'frivillig-samtykke-v1',
        },
      },
    );
    expect(registered.data?.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');
    await app.settled();
    await squatter.signIn('karen@aarhus.dk', password);
    const change = await squatter.gql(
      'mutation ($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) { __typename } }',
      { input: { email: 'squatter@example.dk', currentPassword: password } },
    );
    expect(change.data?.requestEmailChange.__typename).toBe('RequestEmailChangeSuccess');

    // The owner of the address signs in through the provider, which proves it is theirs.
    const karen = app.client();
    expect((await finish(karen, await atProvider(karen, person('karen@aarhus.dk')))).viewer?.email).toBe(
      'karen@aarhus.dk',
    );
    // The registrant's session, password and pending links no longer reach the account.
    expect((await squatter.gql('{ viewer { email } }')).data?.viewer).toBeNull();
    const again = await app.client().gql(SIGN_IN, { input: { email: 'karen@aarhus.dk', password } });
    expect(again.data?.signIn.__typename).not.toBe('SignInSuccess');
    const user = await app.prisma.user.findUniqueOrThrow({ where: { email: 'karen@aarhus.dk' } });
    expect(await app.prisma.accountToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
  });

  it('refuses a deactivated user', async () => {
    await createUser(app.prisma, { email: 'left@aarhus.dk', user: { disabledAt: new Date() } });
    const client = app.client();
    expect((await finish(client, await atProvider(client, person('left@aarhus.dk')))).location).toBe(
      '/log-ind?oidc=disabled',
    );
  });

  it('keeps `next` on this site', async () => {
    await createUser(app.prisma, { email: 'next@fca.dk' });
    const client = app.client();
    expect(
      (await finish(client, await atProvider(client, person('next@fca.dk'), '//evil.example/x'))).location,
    ).toBe('/min-side');
  });

  it('lands without `next` where a password sign-in would: coordinators at their overview, others at Min side', async () => {
    const { user } = await createUser(app.prisma, { role: 'COORDINATOR', email: 'start@fca.dk' });
    await createPartnership(app.prisma, { coordinators: [user.id] });
    await createUser(app.prisma, { role: 'COORDINATOR', email: 'nopartnership@fca.dk' });
    const coordinator = app.client();
    expect(
      (await finish(coordinator, await atProvider(coordinator, person('start@fca.dk'), ''))).location,
    ).toBe('/koordinator');
    const other = app.client();
    expect((await finish(other, await atProvider(other, person('nopartnership@fca.dk'), ''))).location).toBe(
      '/min-side',
    );
  });
});

describe('without OIDC configured', () => {
  it('offers no OIDC sign-in and the start route sends people back', async () => {
    const app = await startTestApi();
    try {
      expect((await app.client().gql('{ oidcSignInAvailable }')).data?.oidcSignInAvailable).toBe(false);
      const start = await app.client().fetch('/auth/oidc/start');
      expect(start.headers.get('location')).toMatch(/\/log-ind\?oidc=unavailable$/);
    } finally {
      await app.close();
    }
  });
});
