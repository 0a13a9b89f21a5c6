import { createHmac } from 'node:crypto';
import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OIDC_CLIENT, startOidcProvider } from './oidc-support.ts';
import { startTestApi, type TestClient } from './support.ts';

// The plain routes beside /graphql get the same refusal as GraphQL input: a NUL (which PostgreSQL
// cannot store) in any text they are sent is a 400 naming where, never a server error.
const PUBLIC_URL = 'http://naboskab.test';
const WEBHOOK_SECRET = 'webhook-secret-of-the-test-gateway';
const uuid = '01900000-0000-7000-8000-000000000000';

describe('a NUL character sent to a plain route', () => {
  let provider: Awaited<ReturnType<typeof startOidcProvider>>;
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let ministry: TestClient;
  beforeAll(async () => {
    provider = await startOidcProvider(`${PUBLIC_URL}/auth/oidc/callback`);
    app = await startTestApi({
      PUBLIC_URL,
      SMS_WEBHOOK_SECRET: WEBHOOK_SECRET,
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: OIDC_CLIENT.id,
      OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
      OIDC_ALLOWED_DOMAINS: 'fca.dk',
    });
    const account = await createUser(app.prisma, { role: 'MINISTRY' });
    ministry = app.client();
    await ministry.signIn(account.user.email, account.password);
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  const refused = async (response: Response, where: string, locale: 'da' | 'en' = 'da') => {
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(
      locale === 'da'
        ? `Teksten i ${where} indeholder et ugyldigt tegn (NUL).`
        : `The text in ${where} holds an invalid character (NUL).`,
    );
  };

  it.each([
    ['an export filter', '/exports/partnerships.csv?municipality=0101%00', '?municipality'],
    ['an export filter the export ignores', '/exports/partnerships.geojson?sog=Bo%00rg', '?sog'],
    ['a 360Giving filter', '/exports/grants.360giving.json?pool=%00', '?pool'],
    ['the name of a parameter', '/exports/partnerships.csv?%00=1', '?'],
    ['the OIDC callback', '/auth/oidc/callback?code=%00&state=x', '?code'],
    ['the OIDC start', '/auth/oidc/start?next=/min-side%00', '?next'],
    ['a calendar feed', '/calendar/personal/abcdefghijklmnopqrstuvwxyz.ics?x=%00', '?x'],
    ['an HSDS export', `/exports/hsds/activities/${uuid}.json?x=%00`, '?x'],
    ['the personal-data export', '/exports/personal-data.json?x=%00', '?x'],
  ])('refuses it in the query string of %s', async (_name, path, where) => {
    await refused(await ministry.fetch(path), where);
  });

  it('refuses it in the query string of an unsubscribe POST, in English when asked', async () => {
    const token = `${'a'.repeat(20)}.${'b'.repeat(43)}`;
    const response = await app
      .client({ 'accept-language': 'en' })
      .fetch(`/unsubscribe/${token}?List-Unsubscribe=One%00Click`, { method: 'POST' });
    await refused(response, '?List-Unsubscribe', 'en');
  });

  it('refuses it in a signed SMS delivery status', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const [field, fields] of [
      ['id', { id: '1001\u0000', status: 'DELIVERED' }],
      ['status', { id: 1001, status: 'DELIVE\u0000RED' }],
      ['error', { id: 1001, status: 'REJECTED', error: 'no\u0000route' }],
    ] as const) {
      const unsigned = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(fields)}`;
      const jwt = `${unsigned}.${createHmac('sha256', WEBHOOK_SECRET).update(unsigned).digest('base64url')}`;
      const response = await app.client().fetch('/sms/status', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gwapi-signature': jwt },
        body: JSON.stringify(fields),
      });
      await refused(response, `X-Gwapi-Signature.${field}`);
    }
  });

  it('refuses it in the claims of an OIDC sign-in, and no account is made', async () => {
    const client = app.client();
    const start = await client.fetch('/auth/oidc/start');
    provider.state.as = { sub: 'sub-nul', email: 'karen\u0000@fca.dk', email_verified: true };
    const callback = await provider.authorize(start.headers.get('location') ?? '');
    await refused(await client.fetch(`${callback.pathname}${callback.search}`), 'id_token.email');
    expect(await app.prisma.user.count({ where: { email: { startsWith: 'karen' } } })).toBe(0);
  });
});
