// The one password rule (schema/fields.ts), through registration: common, breached, trivial and
// personal passwords are refused with the reason, in Danish and English.
import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../src/auth/session.ts';
import { startTestApi } from './support.ts';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) {
      __typename
      ... on ValidationError { issues { path message } }
    }
  }
`;

let app: Awaited<ReturnType<typeof startTestApi>>;
let address = 0;
beforeAll(async () => {
  app = await startTestApi();
});
afterAll(() => app.close());

const register = (
  password: string,
  locale = 'da',
  person = { name: 'Birgitte Sørensen', email: 'birgitte.s@example.dk' },
) =>
  app.client({ 'accept-language': locale, 'x-forwarded-for': `198.51.100.${++address}` }).gql(REGISTER, {
    input: { ...person, password, consent: true, consentTextVersion: 'frivillig-samtykke-v1' },
  });

const passwordIssue = async (password: string, locale = 'da') => {
  const result = await register(password, locale);
  expect(result.data?.registerVolunteer.__typename).toBe('ValidationError');
  return result.data?.registerVolunteer.issues.find(
    (i: { path: string[] }) => i.path.join('.') === 'input.password',
  )?.message;
};

describe('the password rule', () => {
  it.each([
    [
      '1234567890',
      'Adgangskoden er en af de mest brugte eller lækkede adgangskoder. Vælg en anden, gerne et par ord, der ikke hører sammen.',
    ],
    [
      'password123',
      'Adgangskoden er en af de mest brugte eller lækkede adgangskoder. Vælg en anden, gerne et par ord, der ikke hører sammen.',
    ],
    [
      'qwertyuiop',
      'Adgangskoden er en af de mest brugte eller lækkede adgangskoder. Vælg en anden, gerne et par ord, der ikke hører sammen.',
    ],
    ['aaaaaaaaaa', 'Adgangskoden er for let at gætte: den gentager de samme tegn.'],
    ['abababababab', 'Adgangskoden er for let at gætte: den gentager de samme tegn.'],
    ['abcdefghijkl', 'Adgangskoden er for let at gætte: den følger en række, som 1234 eller abcd.'],
    ['birgitte.s@example.dk', 'Adgangskoden må ikke bygge på din e-mail eller dit navn.'],
    ['Birgitte-Sørensen-1', 'Adgangskoden må ikke bygge på din e-mail eller dit navn.'],
  ])('refuses %s and says why', async (password, message) => {
    expect(await passwordIssue(password)).toBe(message);
  });

  it('says why in English too', async () => {
    expect(await passwordIssue('1234567890', 'en')).toBe(
      'This password is one of the most used or leaked passwords. Choose another, for example a few unrelated words.',
    );
    expect(await passwordIssue('aaaaaaaaaa', 'en')).toBe(
      'The password is too easy to guess: it repeats the same characters.',
    );
  });

  it('accepts a long passphrase of unrelated words', async () => {
    const result = await register('kaffe-cykel-maane-7', 'da', {
      name: 'Jens Holm',
      email: 'jens.holm@example.dk',
    });
    expect(result.data?.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');
  });

  it('refuses a personal password wherever a password is set: invitation, reset and change', async () => {
    const personal = 'Adgangskoden må ikke bygge på din e-mail eller dit navn.';
    const later = new Date(Date.now() + 3_600_000);
    const name = 'Henrietta Kristoffersen';
    await app.prisma.invitation.create({
      data: {
        tokenHash: hashToken('invitation-token'),
        email: 'henrietta@example.dk',
        name,
        role: 'MINISTRY',
        expiresAt: later,
      },
    });
    const accepted = await app
      .client()
      .gql(
        `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename ... on ValidationError { issues { path message } } } }`,
        { input: { token: 'invitation-token', password: 'Henrietta-Kristoffersen-1' } },
      );
    expect(accepted.data?.acceptInvitation.issues).toEqual([
      { path: ['input', 'password'], message: personal },
    ]);

    const { user, password } = await createUser(app.prisma, { name, email: 'h.kristoffersen@example.dk' });
    await app.prisma.accountToken.create({
      data: {
        tokenHash: hashToken('reset-token'),
        purpose: 'PASSWORD_RESET',
        userId: user.id,
        expiresAt: later,
      },
    });
    const reset = await app
      .client()
      .gql(
        `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename ... on ValidationError { issues { path message } } } }`,
        { input: { token: 'reset-token', password: 'kristoffersen.henrietta' } },
      );
    expect(reset.data?.resetPassword.issues).toEqual([{ path: ['input', 'password'], message: personal }]);

    const client = app.client();
    await client.signIn(user.email, password);
    const changed = await client.gql(
      `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { __typename ... on ValidationError { issues { path message } } } }`,
      { input: { currentPassword: password, newPassword: 'H.Kristoffersen@example' } },
    );
    expect(changed.data?.changePassword.issues).toEqual([
      { path: ['input', 'newPassword'], message: personal },
    ]);
    // Nothing was used up or changed: the links still work with a good password.
    const good = 'kaffe-cykel-maane-7';
    const retried = await app
      .client()
      .gql(`mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { __typename } }`, {
        input: { token: 'reset-token', password: good },
      });
    expect(retried.data?.resetPassword.__typename).toBe('ResetPasswordSuccess');
  });
});
