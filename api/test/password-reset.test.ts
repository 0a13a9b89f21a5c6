import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWorld, outboxSettled, tokenFrom } from './account-support.ts';
import { EN } from './partnership-support.ts';
import { SIGN_IN } from './support.ts';

const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { __typename ... on RequestPasswordResetSuccess { result { done } } } }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename ... on Error { message } ... on ValidationError { issues { path message } } } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on Error { message } ... on ValidationError { issues { path message } } } }`;
const EMAIL = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) { __typename ... on Error { message } } }`;
const CONFIRM = `mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { __typename ... on ConfirmEmailSuccess { viewer { email } } ... on Error { message } } }`;
const VIEWER = '{ viewer { email } }';
const NEW_PASSWORD = 'Helt-nyt-kodeord-2026';

describe('forgotten password, changed password and changed e-mail', () => {
  let world: Awaited<ReturnType<typeof accountWorld>>;
  beforeAll(async () => {
    world = await accountWorld();
  });
  afterAll(() => world.close());

  it('answers the same for an unknown address and sends nothing', async () => {
    const { app } = world;
    const known = await createUser(app.prisma, { email: 'known@example.dk' });
    const forKnown = await app.client().gql(REQUEST, { input: { email: known.user.email } });
    const forUnknown = await app.client().gql(REQUEST, { input: { email: 'nobody@example.dk' } });
    expect(forUnknown.data).toEqual(forKnown.data);
    await world.mailTo('known@example.dk');
    await outboxSettled(app);
    expect(world.mailsTo('nobody@example.dk')).toEqual([]);
  });

  // PostgreSQL only: the embedded PGlite has one connection, so nothing can hold a row meanwhile.
  it.skipIf(!process.env.DATABASE_URL)(
    'answers before it looks at the account, so the time it takes tells nothing',
    async () => {
      const { app } = world;
      const { user } = await createUser(app.prisma, { email: 'tidtaget@example.dk' });
      // While the account's row is held, nothing can be done for it; the answer must not wait.
      const answer = await app.prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id}::uuid FOR UPDATE`;
          const request = app.client().gql(REQUEST, { input: { email: user.email } });
          const late = new Promise((resolve) => setTimeout(() => resolve('waited for the account'), 5_000));
          return Promise.race([request.then((r) => r.data), late]);
        },
        { timeout: 20_000 },
      );
      expect(answer).toEqual({
        requestPasswordReset: { __typename: 'RequestPasswordResetSuccess', result: { done: true } },
      });
      // The link follows once the row is free.
      tokenFrom(await world.mailTo(user.email), '/nulstil-adgangskode');
    },
  );

  it('resets from the e-mailed link (Danish): every session ends, the link works once, a notice follows', async () => {
    const { app } = world;
    const { user, password } = await createUser(app.prisma, {
      email: 'glemsom@example.dk',
      name: 'Gitte Glemsom',
    });
    const elsewhere = app.client();
    await elsewhere.signIn(user.email, password);
    await app.client().gql(REQUEST, { input: { email: 'Glemsom@Example.dk' } });
    const mail = await world.mailTo(user.email);
    expect(mail.parsed.subject).toBe('Nulstil din adgangskode til Naboskab');
    expect(mail.parsed.text).toContain('30 minutter');
    const token = tokenFrom(mail, '/nulstil-adgangskode');
    const reset = await app.client().gql(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(reset.data?.resetPassword.__typename).toBe('ResetPasswordSuccess');
    expect((await elsewhere.gql(VIEWER)).data?.viewer).toBeNull();
    await app.client().signIn(user.email, NEW_PASSWORD);
    const again = await app.client().gql(RESET, { input: { token, password: 'Endnu-et-kodeord-99' } });
    expect(again.data?.resetPassword.message).toBe(
      'Linket er ugyldigt, udløbet eller allerede brugt. Bed om et nyt.',
    );
    const notice = await world.mailTo(user.email, 1);
    expect(notice.parsed.subject).toBe('Din adgangskode til Naboskab er ændret');
  });

  it('lifts the sign-in delay on the account: the owner signs in at once with the new password', async () => {
    const { app } = world;
    const { user } = await createUser(app.prisma, { email: 'forsinket@example.dk' });
    const client = app.client({ 'x-forwarded-for': '203.0.113.40' });
    const signIn = (password: string) => client.gql(SIGN_IN, { input: { email: user.email, password } });
    for (let i = 0; i < 6; i++) await signIn('forkert-kodeord-1');
    // A delay far longer than the test: only the reset can lift it.
    await app.prisma
      .$executeRaw`UPDATE "SignInThrottle" SET "notBefore" = now() + interval '1 hour' WHERE "accountKey" IS NOT NULL`;
    expect((await signIn(NEW_PASSWORD)).data?.signIn.__typename).toBe('NotAllowedError');
    await app.client().gql(REQUEST, { input: { email: user.email } });
    const token = tokenFrom(await world.mailTo(user.email), '/nulstil-adgangskode');
    const reset = await app.client().gql(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(reset.data?.resetPassword.__typename).toBe('ResetPasswordSuccess');
    expect((await signIn(NEW_PASSWORD)).data?.signIn.__typename).toBe('SignInSuccess');
  });

  it('refuses an expired link and a weak password (English)', async () => {
    const { app } = world;
    const { user } = await createUser(app.prisma, { email: 'late@example.dk', user: { locale: 'en' } });
    await app.client().gql(REQUEST, { input: { email: user.email } });
    const mail = await world.mailTo(user.email);
    expect(mail.parsed.subject).toBe('Reset your Naboskab password');
    const token = tokenFrom(mail, '/nulstil-adgangskode');
    const weak = await app.client(EN).gql(RESET, { input: { token, password: 'short' } });
    expect(weak.data?.resetPassword.issues[0]).toEqual({
      path: ['input', 'password'],
      message: 'The password must have at least 10 characters.',
    });
    await app.prisma.accountToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const late = await app.client(EN).gql(RESET, { input: { token, password: NEW_PASSWORD } });
    expect(late.data?.resetPassword.message).toBe(
      'The link is invalid, expired or already used. Ask for a new one.',
    );
  });

  it('limits reset e-mails per address, atomically, without saying so', async () => {
    const { app } = world;
    const { user } = await createUser(app.prisma, { email: 'spammed@example.dk' });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => app.client().gql(REQUEST, { input: { email: user.email } })),
    );
    expect(new Set(results.map((r) => JSON.stringify(r.data))).size).toBe(1);
    await world.mailTo(user.email);
    await outboxSettled(app);
    expect(world.mailsTo(user.email)).toHaveLength(3);
  });

  it('changes the password with the current one; other sessions end, this one stays', async () => {
    const { app } = world;
    const { user, password } = await createUser(app.prisma, { email: 'skifter@example.dk' });
    const here = app.client(EN);
    const there = app.client();
    await here.signIn(user.email, password);
    await there.signIn(user.email, password);
    const wrong = await here.gql(CHANGE, {
      input: { currentPassword: 'forkert-kodeord', newPassword: NEW_PASSWORD },
    });
    expect(wrong.data?.changePassword.issues).toEqual([
      { path: ['input', 'currentPassword'], message: 'The current password is wrong.' },
    ]);
    const changed = await here.gql(CHANGE, {
      input: { currentPassword: password, newPassword: NEW_PASSWORD },
    });
    expect(changed.data?.changePassword.__typename).toBe('ChangePasswordSuccess');
    expect((await here.gql(VIEWER)).data?.viewer.email).toBe(user.email);
    expect((await there.gql(VIEWER)).data?.viewer).toBeNull();
    expect((await world.mailTo(user.email)).parsed.subject).toBe('Din adgangskode til Naboskab er ændret');
    expect(
      (await app.client().gql(CHANGE, { input: { currentPassword: 'x', newPassword: NEW_PASSWORD } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('changes the e-mail only when the new address confirms; the old address is told', async () => {
    const { app } = world;
    const { user, password } = await createUser(app.prisma, {
      email: 'gammel@example.dk',
      name: 'Ole Gammel',
    });
    const client = app.client();
    await client.signIn(user.email, password);
    const asked = await client.gql(EMAIL, { input: { email: 'Ny@Example.dk', currentPassword: password } });
    expect(asked.data?.requestEmailChange.__typename).toBe('RequestEmailChangeSuccess');
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(
      'gammel@example.dk',
    );
    const link = await world.mailTo('ny@example.dk');
    expect(link.parsed.subject).toBe('Bekræft din nye e-mailadresse til Naboskab');
    const confirmed = await app
      .client()
      .gql(CONFIRM, { input: { token: tokenFrom(link, '/bekraeft-email') } });
    expect(confirmed.data?.confirmEmail.viewer.email).toBe('ny@example.dk');
    expect((await client.gql(VIEWER)).data?.viewer).toBeNull(); // sessions under the old address end
    const notice = await world.mailTo('gammel@example.dk');
    expect(notice.parsed.text).toContain('ny@example.dk');
    const person = await app.prisma.person.findUniqueOrThrow({ where: { id: user.personId } });
    expect(person.email).toBe('ny@example.dk');
  });

  it('voids an address change asked for before a password reset: whoever knew the old password keeps no way in', async () => {
    const { app } = world;
    const { user, password } = await createUser(app.prisma, { email: 'bestjaalet@example.dk' });
    const thief = app.client();
    await thief.signIn(user.email, password);
    await thief.gql(EMAIL, { input: { email: 'tyv@example.dk', currentPassword: password } });
    const thiefToken = tokenFrom(await world.mailTo('tyv@example.dk'), '/bekraeft-email');
    await app.client().gql(REQUEST, { input: { email: user.email } });
    const resetToken = tokenFrom(await world.mailTo(user.email), '/nulstil-adgangskode');
    const reset = await app.client().gql(RESET, { input: { token: resetToken, password: NEW_PASSWORD } });
    expect(reset.data?.resetPassword.__typename).toBe('ResetPasswordSuccess');
    const taken = await app.client().gql(CONFIRM, { input: { token: thiefToken } });
    expect(taken.data?.confirmEmail.__typename).toBe('NotAllowedError');
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it('voids the links sent to the old address once a new one is confirmed', async () => {
    const { app } = world;
    const { user, password } = await createUser(app.prisma, {
      email: 'flytter@example.dk',
      user: { emailVerifiedAt: null },
    });
    const client = app.client();
    await client.signIn(user.email, password);
    await client.gql('mutation { resendEmailVerification { __typename } }');
    const verifyToken = tokenFrom(await world.mailTo(user.email), '/bekraeft-email');
    await app.client().gql(REQUEST, { input: { email: user.email } });
    const resetToken = tokenFrom(await world.mailTo(user.email, 1), '/nulstil-adgangskode');
    await client.gql(EMAIL, { input: { email: 'flyttet@example.dk', currentPassword: password } });
    const link = await world.mailTo('flyttet@example.dk');
    const moved = await app.client().gql(CONFIRM, { input: { token: tokenFrom(link, '/bekraeft-email') } });
    expect(moved.data?.confirmEmail.viewer.email).toBe('flyttet@example.dk');
    // Whoever reads the old address can neither set the password nor sign in with the old links.
    const reset = await app.client().gql(RESET, { input: { token: resetToken, password: NEW_PASSWORD } });
    expect(reset.data?.resetPassword.__typename).toBe('NotAllowedError');
    const verified = await app.client().gql(CONFIRM, { input: { token: verifyToken } });
    expect(verified.data?.confirmEmail.__typename).toBe('NotAllowedError');
  });

  it('sends no link for an address that already has an account, with the same answer', async () => {
    const { app } = world;
    const { user, password } = await createUser(app.prisma, { email: 'one@example.dk' });
    await createUser(app.prisma, { email: 'two@example.dk' });
    const client = app.client();
    await client.signIn(user.email, password);
    const asked = await client.gql(EMAIL, { input: { email: 'two@example.dk', currentPassword: password } });
    expect(asked.data?.requestEmailChange.__typename).toBe('RequestEmailChangeSuccess');
    await outboxSettled(app);
    expect(world.mailsTo('two@example.dk')).toEqual([]);
  });
});
