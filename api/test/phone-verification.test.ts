import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { erasePerson } from '../src/domain/erase-person.ts';
import { startMailedTestApi } from './notification-support.ts';
import { codeSentTo, type TestSmsGateway } from './sms-support.ts';
import type { startTestApi } from './support.ts';
import { gid, volunteerWorld } from './volunteer-support.ts';

// A number gets SMS only once its owner typed the code sent to it (security review: anyone could
// otherwise send someone else's phone notifications, at our cost).

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof volunteerWorld>>;
let gateway: TestSmsGateway;
let close: () => Promise<void>;
beforeAll(async () => {
  const started = await startMailedTestApi({ smsToken: 'phone-verification-token' });
  ({ app, close } = started);
  gateway = started.gateway as TestSmsGateway;
  w = await volunteerWorld(app);
});
afterAll(() => close());

const MY_PHONE = /* GraphQL */ `query { myPhone { phone pendingPhone verifiedAt codeExpiresAt } }`;
const SET = /* GraphQL */ `
  mutation ($input: SetMyPhoneInput!) {
    setMyPhone(input: $input) {
      __typename
      ... on SetMyPhoneSuccess { myPhone { phone pendingPhone } }
      ... on Error { message }
    }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation ($input: ConfirmMyPhoneInput!) {
    confirmMyPhone(input: $input) {
      __typename
      ... on ConfirmMyPhoneSuccess { myPhone { phone pendingPhone verifiedAt } }
      ... on ValidationError { issues { path message } }
    }
  }
`;
type Client = typeof w.as.volunteer;
const set = (as: Client, phone: string | null) => as.gql(SET, { input: { phone } });
const confirm = (as: Client, code: string) => as.gql(CONFIRM, { input: { code } });
const codeIssue = (result: Awaited<ReturnType<typeof confirm>>) =>
  result.data?.confirmMyPhone.issues?.find((i: { path: string[] }) => i.path.join('.') === 'input.code')
    ?.message;
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function askForCode(as: Client, phone: string): Promise<string> {
  const count = gateway.accepted.length + 1;
  const asked = await set(as, phone);
  expect(asked.data?.setMyPhone.__typename).toBe('SetMyPhoneSuccess');
  return codeSentTo(gateway, phone, count);
}

async function notifySignUpApproved(as: Client) {
  await as.gql(
    `mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { __typename } }`,
    { input: { kind: 'signUp.approved', email: 'OFF', sms: true } },
  );
  const signUp = await as.gql(
    `mutation ($input: SignUpForOpportunityInput!) {
      signUpForOpportunity(input: $input) { ... on SignUpForOpportunitySuccess { signUp { id } } }
    }`,
    { input: { opportunityId: gid('VolunteerOpportunity', w.opportunity.id) } },
  );
  await w.as.coordinator.gql(
    `mutation ($input: DecideVolunteerSignUpsInput!) { decideVolunteerSignUps(input: $input) { __typename } }`,
    { input: { signUpIds: [signUp.data?.signUpForOpportunity.signUp.id], decision: 'APPROVED' } },
  );
}

describe('a phone number for SMS', () => {
  it('is used only after the code sent to it is confirmed; a wrong code is refused in Danish and English', async () => {
    // The volunteer's number from before verification existed is not used for SMS.
    expect((await w.as.volunteer.gql(MY_PHONE)).data?.myPhone).toMatchObject({
      phone: null,
      pendingPhone: null,
    });
    const code = await askForCode(w.as.volunteer, '+4520304050');
    const sms = gateway.accepted.at(-1);
    expect(sms?.message).toContain(`Din kode til at bekræfte dit mobilnummer i Naboskab er ${code}`);
    expect(sms?.message).toContain('10 minutter');
    // Only the hash is stored, and the outbox keeps no code once sent.
    const person = await app.prisma.person.findUniqueOrThrow({ where: { id: w.people.volunteer.person.id } });
    expect(person.phoneCodeHash).not.toContain(code);
    expect(person.pendingPhone).toBe('+4520304050');
    const pending = (await w.as.volunteer.gql(MY_PHONE)).data?.myPhone;
    expect(pending).toMatchObject({ phone: null, pendingPhone: '+4520304050' });
    expect(new Date(pending?.codeExpiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);

    // Not yet confirmed: a notification goes by e-mail/app only, no SMS.
    const before = gateway.accepted.length;
    await notifySignUpApproved(w.as.volunteer);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(gateway.accepted).toHaveLength(before);

    expect(codeIssue(await confirm(w.as.volunteer, wrong(code)))).toBe(
      'Koden er forkert. Tjek SMS’en og prøv igen.',
    );
    expect(codeIssue(await confirm(w.as.volunteerEn, wrong(code)))).toBe(
      'The code is wrong. Check the text message and try again.',
    );
    const confirmed = await confirm(w.as.volunteer, code);
    expect(confirmed.data?.confirmMyPhone).toMatchObject({
      __typename: 'ConfirmMyPhoneSuccess',
      myPhone: { phone: '+4520304050', pendingPhone: null, verifiedAt: expect.any(String) },
    });
    // Single use.
    expect(codeIssue(await confirm(w.as.volunteer, code))).toContain('Der venter ingen kode');
    // The person's data export names the number and its code SMS, never the code's hash.
    const exported = (await w.as.volunteer.gql('{ myPersonalData }')).data?.myPersonalData;
    expect(exported.person).toMatchObject({ verifiedPhone: '+4520304050' });
    expect(exported.person).not.toHaveProperty('phoneCodeHash');
    expect(JSON.stringify(exported)).toContain('account.phone-code');
  });

  it('is void after five wrong codes, and a code expires after ten minutes', async () => {
    const as = w.as.otherVolunteer;
    let code = await askForCode(as, '+4530405060');
    for (let i = 1; i <= 4; i++)
      expect(codeIssue(await confirm(as, wrong(code)))).toContain('Koden er forkert');
    expect(codeIssue(await confirm(as, wrong(code)))).toContain('For mange forkerte forsøg');
    expect(codeIssue(await confirm(as, code))).toContain('For mange forkerte forsøg');
    expect((await as.gql(MY_PHONE)).data?.myPhone.phone).toBeNull();

    code = await askForCode(as, '+4530405060');
    await app.prisma.person.update({
      where: { id: w.people.otherVolunteer.person.id },
      data: { phoneCodeExpiresAt: new Date(Date.now() - 1000) },
    });
    expect(codeIssue(await confirm(as, code))).toBe('Koden er udløbet. Bed om en ny kode.');
    expect((await as.gql(MY_PHONE)).data?.myPhone.phone).toBeNull();
  });

  it('is confirmed once when two confirms arrive at once', async () => {
    const as = w.as.otherVolunteer;
    const code = await askForCode(as, '+4540506070');
    const results = await Promise.all([confirm(as, code), confirm(as, code)]);
    const names = results.map((r) => r.data?.confirmMyPhone.__typename).sort();
    expect(names).toEqual(['ConfirmMyPhoneSuccess', 'ValidationError']);
    expect((await as.gql(MY_PHONE)).data?.myPhone.phone).toBe('+4540506070');
  });

  it('sends one code when two requests for the same number arrive at once, and none again within a minute', async () => {
    const as = w.as.coordinator;
    const phone = '+4570809010';
    const sent = () =>
      app.prisma.outboxMessage.count({ where: { recipient: phone, kind: 'account.phone-code' } });
    const before = gateway.accepted.length;
    const results = await Promise.all([set(as, phone), set(as, phone)]);
    expect(results.map((r) => r.data?.setMyPhone.__typename).sort()).toEqual([
      'NotAllowedError',
      'SetMyPhoneSuccess',
    ]);
    expect(await sent()).toBe(1);
    const code = await codeSentTo(gateway, phone, before + 1);

    const again = await set(as, phone);
    expect(again.data?.setMyPhone.message).toBe(
      'Vi har lige sendt en kode til nummeret. Brug den, eller vent et minut og bed om en ny.',
    );
    const en = app.client({ 'accept-language': 'en' });
    await en.signIn(w.people.coordinator.user.email, w.people.coordinator.password);
    expect((await set(en, phone)).data?.setMyPhone.message).toBe(
      'We have just sent a code to this number. Use it, or wait a minute and ask for a new one.',
    );
    expect(await sent()).toBe(1);
    // The code sent first still confirms the number.
    expect((await confirm(as, code)).data?.confirmMyPhone.__typename).toBe('ConfirmMyPhoneSuccess');
  });

  it('sends codes at most five times an hour per person and three per number', async () => {
    const as = w.as.ministry;
    for (let i = 0; i < 3; i++) {
      await askForCode(as, '+4550607080');
      await sentMinutesAgo(w.people.ministry.person.id, 2);
    }
    const byNumber = await set(w.as.admin, '+4550607080');
    expect(byNumber.data?.setMyPhone).toMatchObject({ __typename: 'NotAllowedError' });
    expect(byNumber.data?.setMyPhone.message).toContain('For mange');
    await askForCode(as, '+4550607081');
    await askForCode(as, '+4550607082');
    const sent = gateway.accepted.length;
    const byPerson = await set(as, '+4550607083');
    expect(byPerson.data?.setMyPhone.__typename).toBe('NotAllowedError');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(gateway.accepted).toHaveLength(sent);
  });

  it('then gets the SMS notifications; removing it stops them, and erasing the person clears a pending one', async () => {
    await notifySignUpApprovedOnce();
    const removed = await set(w.as.volunteer, '');
    expect(removed.data?.setMyPhone.myPhone).toEqual({ phone: null, pendingPhone: null });

    await askForCode(w.as.volunteer, '+4560708090');
    await app.prisma.$transaction((tx) => erasePerson(tx, w.people.volunteer.person.id, 'test'));
    const erased = await app.prisma.person.findUniqueOrThrow({ where: { id: w.people.volunteer.person.id } });
    expect(erased).toMatchObject({
      phone: null,
      verifiedPhone: null,
      phoneVerifiedAt: null,
      pendingPhone: null,
      phoneCodeHash: null,
      phoneCodeExpiresAt: null,
    });
  });
});

/** Makes the person's pending code look sent `minutes` ago, past the wait before a new one. */
async function sentMinutesAgo(personId: string, minutes: number) {
  await app.prisma.person.update({
    where: { id: personId },
    data: { phoneCodeExpiresAt: new Date(Date.now() + (10 - minutes) * 60_000) },
  });
}

/** The volunteer verified +4520304050 in the first test and chose SMS for approvals. */
async function notifySignUpApprovedOnce() {
  const before = gateway.accepted.length;
  // A fresh sign-up to approve: the first one was approved before the number was confirmed.
  await app.prisma.volunteerSignUp.deleteMany({ where: { personId: w.people.volunteer.person.id } });
  await notifySignUpApproved(w.as.volunteer);
  const sms = (await gateway.waitForSms(before + 1)).at(-1);
  expect(sms?.msisdn).toBe(4520304050);
  expect(sms?.message).toContain('Du er godkendt som frivillig');
}
