import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../src/index.ts';
import { startTestApi } from './support.ts';

const WEB = 'https://naboskab.example.dk';
const EXTRA = 'https://kommune.example.dk';

describe('CORS', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi({ PUBLIC_URL: `${WEB}/`, CORS_ORIGINS: EXTRA });
  });
  afterAll(() => app.close());

  const preflight = (origin: string) =>
    app.api.fetch('http://naboskab.test/graphql', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': `content-type, ${CSRF_HEADER}`,
      },
    });
  const post = (origin: string) =>
    app.api.fetch('http://naboskab.test/graphql', {
      method: 'POST',
      headers: { origin, 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ query: '{ viewer { name } }' }),
    });

  it.each([WEB, EXTRA])(
    'lets the web app and configured origins (%s) in with credentials',
    async (origin) => {
      const options = await preflight(origin);
      expect(options.headers.get('access-control-allow-origin')).toBe(origin);
      expect(options.headers.get('access-control-allow-credentials')).toBe('true');
      expect(options.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(CSRF_HEADER);
      const response = await post(origin);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    },
  );

  it.each([
    'http://127.0.0.1:3001',
    'https://evil.naboskab.example.dk',
    'https://naboskab.example.dk.evil.test',
    'null',
  ])('gives another origin (%s) no CORS grant, no credentials and not the CSRF header', async (origin) => {
    const options = await preflight(origin);
    expect(options.headers.get('access-control-allow-origin')).toBeNull();
    expect(options.headers.get('access-control-allow-credentials')).toBeNull();
    expect(options.headers.get('access-control-allow-headers')).toBeNull();
    const response = await post(origin);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});
