import * as client from 'openid-client';
import type { Env } from '../env.ts';

export type OidcEnv = Env & { OIDC_ISSUER: string; OIDC_CLIENT_ID: string; OIDC_CLIENT_SECRET: string };

export function oidcConfigured(env: Env): env is OidcEnv {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

// Discovery once per issuer and process; a failed discovery is retried on the next sign-in.
const configurations = new Map<string, Promise<client.Configuration>>();

export function oidcConfiguration(env: OidcEnv): Promise<client.Configuration> {
  const key = `${env.OIDC_ISSUER}|${env.OIDC_CLIENT_ID}`;
  let found = configurations.get(key);
  if (!found) {
    const issuer = new URL(env.OIDC_ISSUER);
    // Plain HTTP only for a provider on this machine (development and tests).
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    found = client.discovery(issuer, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET, undefined, {
      ...(loopback ? { execute: [client.allowInsecureRequests] } : {}),
      timeout: 10,
    });
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

export function oidcRedirectUri(env: Env): string {
  return new URL('/auth/oidc/callback', env.PUBLIC_URL).href;
}
