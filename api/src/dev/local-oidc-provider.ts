import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

// A real OpenID provider (oidc-provider, a dev dependency) on 127.0.0.1 for the API tests and the
// e2e server. Never part of production: only scripts and tests import it.

export interface OidcPerson {
  sub: string;
  email: string;
  email_verified: boolean;
}

export const LOCAL_OIDC_CLIENT = { id: 'naboskab-test', secret: 'naboskab-test-secret-0123456789abcdef' };

export interface LocalOidcOptions {
  redirectUri: string;
  client?: { id: string; secret: string };
  /** 0 picks a free port. */
  port?: number;
  /** The accounts, by subject; the provider's own dev login page signs in whoever's subject is typed. */
  people: Map<string, OidcPerson>;
  /** Replaces the provider's login and consent pages (GET /interaction/:uid), e.g. to sign in without a browser. */
  interaction?: (provider: Provider, req: IncomingMessage, res: ServerResponse) => Promise<void>;
}

export async function startLocalOidcProvider({
  redirectUri,
  client = LOCAL_OIDC_CLIENT,
  port = 0,
  people,
  interaction,
}: LocalOidcOptions) {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
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
  const callback = provider.callback();
  server.on('request', (req, res) => {
    const ownPage = interaction && /^\/interaction\/[^/]+$/.test(req.url ?? '');
    return ownPage ? interaction(provider, req, res) : callback(req, res);
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
