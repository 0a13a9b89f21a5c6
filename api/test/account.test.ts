import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenFrom } from './account-support.ts';
import { startMailCatcher, startTestMailWorker } from './mail-support.ts';
import { startTestApi } from './support.ts';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      __typename
      ... on RegisterVolunteerSuccess { registration { email } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;

const valid = {
  name: 'Amina Hansen',
  email: 'Amina.Hansen@Example.dk',
  password: 'lang-nok-kode',
  phone: '+45 12 34 56 78',
  consent: true,
  consentTextVersion: 'frivillig-samtykke-v1',
};

describe('volunteer self-registration', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
  let worker: Awaited<ReturnType<typeof startTestMailWorker>>;
  beforeAll(async () => {
    app = await startTestApi();
    catcher = await startMailCatcher();
    worker = await startTestMailWorker(app.db, catcher.url);
  });
  afterAll(async () => {
    await worker.stop();
    await catcher.close();
    await app.close();
  });

  const CONFIRM = `mutation($input: ConfirmEmailInput!) {
    confirmEmail(input: $input) { __typename ... on ConfirmEmailSuccess { viewer { email emailVerified } } ... on Error { message } }
  }`;

  it('creates person, unverified account and consent; the e-mailed link confirms the address and signs in', async () => {
    const client = app.client();
    const result = await client.gql(REGISTER, { input: valid });
    expect(result.data?.registerVolunteer).toEqual({
      __typename: 'RegisterVolunteerSuccess',
      registration: { email: 'amina.hansen@example.dk' },
    });
    expect((await client.gql('{ viewer { email } }')).data?.viewer).toBeNull();
    await app.settled(); // the account is made after the answer
    const user = await app.prisma.user.findUniqueOrThrow({
      where: { email: 'amina.hansen@example.dk' },
      include: { person: { include: { consents: true } } },
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.person.consents).toMatchObject([
      { purpose: 'VOLUNTEERING', textVersion: 'frivillig-samtykke-v1' },
    ]);
    const mail = await catcher.waitForMessageTo('amina.hansen@example.dk');
    expect(mail.parsed.subject).toBe('Bekræft din e-mail til Naboskab');
    const confirmed = await client.gql(CONFIRM, { input: { token: tokenFrom(mail, '/bekraeft-email') } });
    expect(confirmed.data?.confirmEmail).toEqual({
      __typename: 'ConfirmEmailSuccess',
      viewer: { email: 'amina.hansen@example.dk', emailVerified: true },
    });
    expect((await client.gql('{ viewer { email } }')).data?.viewer.email).toBe('amina.hansen@example.dk');
    const welcome = await catcher.waitForMessages(2);
    expect(welcome.map((m) => m.parsed.subject)).toContain('Velkommen til Naboskab');
  });

  it('answers a taken address exactly like a new one, writes nothing and tells the owner by e-mail', async () => {
    const people = await app.prisma.person.count();
    const before = catcher.messages.length;
    const result = await app
      .client()
      .gql(REGISTER, { input: { ...valid, email: 'AMINA.hansen@example.dk' } });
    expect(result.data?.registerVolunteer).toEqual({
      __typename: 'RegisterVolunteerSuccess',
      registration: { email: 'amina.hansen@example.dk' },
    });
    await app.settled();
    expect(await app.prisma.person.count()).toBe(people);
    const [notice] = (await catcher.waitForMessages(before + 1)).slice(before);
    expect(notice?.envelopeTo).toEqual(['amina.hansen@example.dk']);
    expect(notice?.parsed.subject).toBe('Nogen forsøgte at oprette en konto med din e-mail');
  });

  // PostgreSQL only: the embedded PGlite has one connection, so nothing can hold a table meanwhile.
  it.skipIf(!process.env.DATABASE_URL)(
    'answers a new and a taken address alike before reading any account, so the time tells nothing',
    async () => {
      await createUser(app.prisma, { email: 'optaget@example.dk', name: 'Olga Optaget' });
      const as = (email: string) => ({ ...valid, name: 'Tove Tidtager', email });
      // While no account can be read or written, neither answer may wait: both go once the attempt
      // is counted and the password hashed. Were one to wait, this transaction would time out.
      const answers = await app.prisma.$transaction(
        async (tx) => {
          await tx.$executeRaw`LOCK TABLE "User" IN ACCESS EXCLUSIVE MODE`;
          return Promise.all([
            app.client().gql(REGISTER, { input: as('ny@example.dk') }),
            app.client().gql(REGISTER, { input: as('optaget@example.dk') }),
          ]);
        },
        { timeout: 20_000 },
      );
      expect(answers.map((a) => a.data)).toEqual(
        ['ny@example.dk', 'optaget@example.dk'].map((email) => ({
          registerVolunteer: { __typename: 'RegisterVolunteerSuccess', registration: { email } },
        })),
      );
      expect(answers.map((a) => [a.status, a.headers.get('set-cookie')])).toEqual([
        [200, null],
        [200, null],
      ]);
      // Then each address gets its one e-mail: the new one a link, the taken one a notice.
      await app.settled();
      const mailTo = (recipient: string) =>
        app.prisma.outboxMessage.findMany({ where: { recipient }, select: { kind: true } });
      expect(await mailTo('ny@example.dk')).toEqual([{ kind: 'account.email-confirm' }]);
      expect(await mailTo('optaget@example.dk')).toEqual([{ kind: 'account.notice' }]);
    },
  );

  it('limits registrations per address, atomically, in Danish and English', async () => {
    const input = { ...valid, email: 'limit@example.dk' };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => app.client({ 'accept-language': 'en' }).gql(REGISTER, { input })),
    );
    const refused = results.filter((r) => r.data?.registerVolunteer.__typename === 'NotAllowedError');
    expect(refused).toHaveLength(5);
    expect(refused[0]?.data?.registerVolunteer.message).toBe(
      'Too many attempts. Wait a while and try again.',
    );
    await app.settled();
    expect(await app.prisma.user.count({ where: { email: 'limit@example.dk' } })).toBe(1);
  });

  it('names every invalid field, in English when asked, and writes nothing', async () => {
    const people = await app.prisma.person.count();
    const result = await app.client({ 'accept-language': 'en' }).gql(REGISTER, {
      input: {
        name: ' ',
        email: 'nope',
        password: 'short',
        phone: 'abc',
        consent: false,
        consentTextVersion: 'v0',
      },
    });
    const payload = result.data?.registerVolunteer;
    expect(payload.__typename).toBe('ValidationError');
    expect(payload.message).toBe('Some fields are not filled in correctly.');
    const byField = Object.fromEntries(
      payload.issues.map((i: { path: string[]; message: string }) => [i.path.join('.'), i.message]),
    );
    expect(byField).toMatchObject({
      'input.name': 'This field is required.',
      'input.email': 'Enter a valid e-mail address.',
      'input.password': 'The password must have at least 10 characters.',
      'input.phone': 'Enter a valid phone number.',
      'input.consent': 'You must consent to create an account.',
    });
    expect(byField['input.consentTextVersion']).toBe('Choose one of the options.');
    expect(await app.prisma.person.count()).toBe(people);
  });

  it('translates built-in validation messages to Danish', async () => {
    const result = await app
      .client()
      .gql(REGISTER, { input: { ...valid, email: 'x@example.dk', consentTextVersion: 'v0' } });
    const issue = result.data?.registerVolunteer.issues[0];
    expect(issue.path).toEqual(['input', 'consentTextVersion']);
    expect(issue.message).toBe('Vælg en af mulighederne.');
  });
});
