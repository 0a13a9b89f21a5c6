import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from './support.ts';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      __typename
      ... on RegisterVolunteerSuccess { viewer { email role name } }
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
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterAll(() => app.close());

  it('creates person, account and consent together and signs the volunteer in', async () => {
    const client = app.client();
    const result = await client.gql(REGISTER, { input: valid });
    expect(result.data?.registerVolunteer).toEqual({
      __typename: 'RegisterVolunteerSuccess',
      viewer: { email: 'amina.hansen@example.dk', role: 'VOLUNTEER', name: 'Amina Hansen' },
    });
    expect((await client.gql('{ viewer { email } }')).data?.viewer.email).toBe('amina.hansen@example.dk');
    const user = await app.prisma.user.findUniqueOrThrow({
      where: { email: 'amina.hansen@example.dk' },
      include: { person: { include: { consents: true } } },
    });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.person.consents).toMatchObject([
      { purpose: 'VOLUNTEERING', textVersion: 'frivillig-samtykke-v1' },
    ]);
    expect(user.person.consents[0]?.givenAt).toBeInstanceOf(Date);
  });

  it('refuses a second account with the same e-mail, in any letter case, and writes nothing', async () => {
    const people = await app.prisma.person.count();
    const result = await app
      .client()
      .gql(REGISTER, { input: { ...valid, email: 'AMINA.hansen@example.dk' } });
    expect(result.data?.registerVolunteer).toEqual({
      __typename: 'ConflictError',
      message: 'Der findes allerede en konto med denne e-mail.',
    });
    expect(await app.prisma.person.count()).toBe(people);
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
