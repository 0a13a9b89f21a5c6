import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normaliseDanishPhone } from '../src/sms/phone.ts';
import type { TestMailCatcher } from './mail-support.ts';
import { startMailedTestApi } from './notification-support.ts';
import { codeSentTo, type TestSmsGateway } from './sms-support.ts';
import type { startTestApi } from './support.ts';
import { gid, volunteerWorld } from './volunteer-support.ts';

const TOKEN = 'gatewayapi-test-token';
const WEBHOOK_SECRET = 'webhook-secret-of-the-test-gateway';
let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof volunteerWorld>>;
let gateway: TestSmsGateway;
let catcher: TestMailCatcher;
let close: () => Promise<void>;
beforeAll(async () => {
  const started = await startMailedTestApi({
    smsToken: TOKEN,
    apiEnv: { SMS_WEBHOOK_SECRET: WEBHOOK_SECRET },
  });
  ({ app, catcher, close } = started);
  gateway = started.gateway as TestSmsGateway;
  w = await volunteerWorld(app);
});
afterAll(() => close());

const SET_PHONE = /* GraphQL */ `
  mutation ($input: SetMyPhoneInput!) {
    setMyPhone(input: $input) {
      __typename
      ... on SetMyPhoneSuccess { myPhone { phone pendingPhone } }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const SET_PREFERENCE = /* GraphQL */ `
  mutation ($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      __typename
      ... on SetNotificationPreferenceSuccess { preference { kind email sms } }
    }
  }
`;
const PREFERENCES = /* GraphQL */ `query { myPhone { phone } notificationPreferences { kind email sms } }`;
const SIGN_UP = /* GraphQL */ `
  mutation ($input: SignUpForOpportunityInput!) {
    signUpForOpportunity(input: $input) { __typename ... on SignUpForOpportunitySuccess { signUp { id } } }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation ($input: DecideVolunteerSignUpsInput!) { decideVolunteerSignUps(input: $input) { __typename } }
`;

describe('Danish phone numbers', () => {
  it('are normalised to +45 and eight digits, and anything else refused', () => {
    expect(normaliseDanishPhone('22 34 56 78')).toBe('+4522345678');
    expect(normaliseDanishPhone('+45 2234-5678')).toBe('+4522345678');
    expect(normaliseDanishPhone('0045 22345678')).toBe('+4522345678');
    for (const bad of ['1234567', '123456789', '+46 12345678', '02345678', '11223344', 'tolv'])
      expect(normaliseDanishPhone(bad)).toBeNull();
  });

  it('are saved normalised on the profile, with a clear error in Danish and English', async () => {
    const bad = await w.as.volunteer.gql(SET_PHONE, { input: { phone: '+46 70 123 45 67' } });
    expect(bad.data?.setMyPhone.issues).toEqual([
      { path: ['input', 'phone'], message: expect.stringContaining('dansk telefonnummer med 8 cifre') },
    ]);
    const badEn = await w.as.volunteerEn.gql(SET_PHONE, { input: { phone: '123' } });
    expect(badEn.data?.setMyPhone.issues[0].message).toContain('Danish phone number with 8 digits');
    expect((await w.as.volunteer.gql(PREFERENCES)).data?.myPhone).toEqual({ phone: null });

    // Saved as pending until the code sent to it is confirmed (phone-verification.test.ts).
    const saved = await w.as.volunteer.gql(SET_PHONE, { input: { phone: '20 30 40 50' } });
    expect(saved.data?.setMyPhone.myPhone).toEqual({ phone: null, pendingPhone: '+4520304050' });
    const code = await codeSentTo(gateway, '+4520304050', 1);
    const confirmed = await w.as.volunteer.gql(
      'mutation ($input: ConfirmMyPhoneInput!) { confirmMyPhone(input: $input) { __typename } }',
      { input: { code } },
    );
    expect(confirmed.data?.confirmMyPhone.__typename).toBe('ConfirmMyPhoneSuccess');
    expect((await w.as.volunteer.gql(PREFERENCES)).data?.myPhone).toEqual({ phone: '+4520304050' });
    expect(
      (await w.as.anonymous.gql(SET_PHONE, { input: { phone: '20304050' } })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('SMS through the gateway', () => {
  it('sends a volunteer who chose SMS the approval by SMS, once, after the gateway comes back', async () => {
    const chosen = await w.as.volunteer.gql(SET_PREFERENCE, {
      input: { kind: 'signUp.approved', email: 'IMMEDIATELY', sms: true },
    });
    expect(chosen.data?.setNotificationPreference.preference).toEqual({
      kind: 'signUp.approved',
      email: 'IMMEDIATELY',
      sms: true,
    });
    const listed = await w.as.volunteer.gql(PREFERENCES);
    expect(listed.data?.notificationPreferences).toContainEqual({
      kind: 'signUp.approved',
      email: 'IMMEDIATELY',
      sms: true,
    });

    const signUp = await w.as.volunteer.gql(SIGN_UP, {
      input: { opportunityId: gid('VolunteerOpportunity', w.opportunity.id), message: 'Jeg har dårlig ryg' },
    });
    const signUpId = signUp.data?.signUpForOpportunity.signUp.id;
    gateway.failNext(2);
    await w.as.coordinator.gql(DECIDE, { input: { signUpIds: [signUpId], decision: 'APPROVED' } });

    // The first SMS was the code that proved the number.
    const sms = (await gateway.waitForSms(2))[1];
    expect(gateway.refused).toBe(2);
    expect(sms).toMatchObject({ authorization: `Token ${TOKEN}`, sender: 'Naboskab', msisdn: 4520304050 });
    expect(sms?.message).toContain('Du er godkendt som frivillig: Kok til fællesspisning');
    expect(sms?.message).toContain('Beboerhuset, Testvej 1');
    expect(sms?.message).toContain('http://127.0.0.1:3000/mine-opgaver');
    expect(sms?.message).not.toContain('ryg');

    // The gateway has it before the worker records the answer.
    await vi.waitFor(
      async () =>
        expect(
          await app.prisma.outboxMessage.findFirstOrThrow({
            where: { channel: 'SMS', kind: 'notification.event' },
          }),
        ).toMatchObject({
          id: sms?.userref,
          recipient: '+4520304050',
          status: 'SENT',
          attempts: 3,
          gatewayId: '1002',
        }),
      { timeout: 5000, interval: 100 },
    );
    // The e-mail still goes as chosen; the SMS is not sent twice.
    await catcher.waitForMessageTo(w.people.volunteer.user.email).catch(async (error) => {
      console.log(
        await app.prisma.outboxMessage.findMany({ select: { channel: true, status: true, lastError: true } }),
      );
      throw error;
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(gateway.accepted).toHaveLength(2);
  });

  it('sends no SMS to someone who did not choose it', async () => {
    const signUp = await w.as.otherVolunteer.gql(SIGN_UP, {
      input: { opportunityId: gid('VolunteerOpportunity', w.opportunity.id) },
    });
    const id = signUp.data?.signUpForOpportunity.signUp.id;
    await w.as.coordinator.gql(DECIDE, { input: { signUpIds: [id], decision: 'APPROVED' } });
    expect(
      await app.prisma.outboxMessage.count({ where: { channel: 'SMS', kind: 'notification.event' } }),
    ).toBe(1);
  });
});

/** A delivery status as the gateway posts it: the fields in the body and, signed, in the JWT. */
function deliveryStatus(fields: Record<string, unknown>, secret = WEBHOOK_SECRET) {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(fields)}`;
  const jwt = `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
  return app.client().fetch('/sms/status', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-gwapi-signature': jwt },
    body: JSON.stringify(fields),
  });
}

describe('delivery statuses from the gateway', () => {
  it('records a signed report on the SMS it names, and refuses an unsigned one', async () => {
    const row = await app.prisma.outboxMessage.findFirstOrThrow({ where: { channel: 'SMS' } });
    const report = {
      id: Number(row.gatewayId),
      msisdn: 4520304050,
      time: 1765000000,
      status: 'DELIVERED',
      userref: row.id,
    };
    expect((await deliveryStatus(report, 'someone-else-s-secret-entirely')).status).toBe(401);
    expect(
      (await app.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).deliveryStatus,
    ).toBeNull();
    expect((await deliveryStatus(report)).status).toBe(204);
    expect(await app.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'SENT',
      deliveryStatus: 'DELIVERED',
    });
  });

  it('marks an undeliverable SMS failed with the reason, for the outbox view', async () => {
    const row = await app.prisma.outboxMessage.findFirstOrThrow({ where: { channel: 'SMS' } });
    const response = await deliveryStatus({
      id: Number(row.gatewayId),
      status: 'UNDELIVERABLE',
      error: 'Absent subscriber',
      code: '0x0401',
    });
    expect(response.status).toBe(204);
    expect(await app.prisma.outboxMessage.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: 'FAILED',
      deliveryStatus: 'UNDELIVERABLE',
      lastError: 'UNDELIVERABLE: 0x0401 Absent subscriber',
    });
  });
});

describe('one-click unsubscribe (RFC 8058)', () => {
  const preferenceOf = (kind: string) =>
    app.prisma.notificationPreference.findUniqueOrThrow({
      where: { userId_kind: { userId: w.people.volunteer.user.id, kind } },
    });

  it('puts List-Unsubscribe headers on a notification e-mail; a GET only shows the confirm page', async () => {
    const mail = await catcher.waitForMessageTo(w.people.volunteer.user.email);
    // Header lines as sent: the URL whole on one line, as mail clients read it.
    const header = (name: string) => mail.parsed.headerLines.find((h) => h.key === name)?.line ?? '';
    const link = /^List-Unsubscribe: <(http:\/\/127\.0\.0\.1:3000(\/unsubscribe\/[^>]+))>$/.exec(
      header('list-unsubscribe'),
    );
    expect(link).not.toBeNull();
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const path = link?.[2] as string;

    const opened = await app.client().fetch(path, { redirect: 'manual' });
    expect(opened.status).toBe(303);
    expect(opened.headers.get('location')).toBe(`/afmeld?token=${path.split('/').pop()}`);
    expect((await preferenceOf('signUp.approved')).email).toBe('IMMEDIATELY');

    const forged = `${path.slice(0, -3)}${path.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    const refused = await app.client().fetch(forged, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(refused.status).toBe(404);

    const posted = await app.client().fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    // E-mail off for that kind only; the SMS the person chose stays.
    expect(await preferenceOf('signUp.approved')).toMatchObject({ email: 'OFF', sms: true });

    const fromThePage = await app.client().fetch(path, {
      method: 'POST',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    expect(fromThePage.status).toBe(303);
    expect(fromThePage.headers.get('location')).toContain('&done=1');
  });
});
