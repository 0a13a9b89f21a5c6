import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface OidcPerson {
  sub: string;
  email: string;
  email_verified: boolean;
}

export const OIDC_CLIENT = { id: 'naboskab-test', secret: 'naboskab-test-secret-0123456789abcdef' };

/**
 * A real OpenID provider (oidc-provider) on 127.0.0.1, port 0. Its login and consent screens are
 * replaced by one step that signs in `as` — the person the test says is at the keyboard.
 */
export async function startOidcProvider(redirectUri: string) {
  const state: { as: OidcPerson | null } = { as: null };
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map<string, OidcPerson>();
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['oidc-test-cookie-key'] },
    pkce: { required: () => true },
    findAccount: (_ctx, sub) => {
      const person = people.get(sub);
      return person ? { accountId: sub, claims: () => ({ ...person }) } : undefined;
    },
  });
  server.on('request', async (req, res) => {
    const interaction = /^\/interaction\/[^/]+$/.test(req.url ?? '');
    if (!interaction) return provider.callback()(req, res);
    const person = state.as;
    if (!person) throw new Error('Set provider.as before signing in');
    people.set(person.sub, person);
    const details = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: person.sub, clientId: String(details.params.client_id) });
    grant.addOIDCScope('openid email');
    const grantId = await grant.save();
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: person.sub }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  });
  return {
    issuer,
    state,
    /** Follows the provider's redirects like a browser until it sends the browser back to us. */
    async authorize(authorizationUrl: string): Promise<URL> {
      const cookies = new Map<string, string>();
      let url = authorizationUrl;
      for (let hop = 0; hop < 10; hop++) {
        if (!url.startsWith(issuer)) return new URL(url);
        const response = await fetch(url, {
          redirect: 'manual',
          headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const line of response.headers.getSetCookie()) {
          const [pair = ''] = line.split(';');
          const at = pair.indexOf('=');
          cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        const location = response.headers.get('location');
        if (!location) throw new Error(`The provider stopped at ${url} with ${response.status}`);
        url = new URL(location, url).href;
      }
      throw new Error('Too many redirects at the provider');
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
