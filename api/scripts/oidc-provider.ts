// npm run oidc-provider -w @naboskab/api: a local OpenID provider for the e2e server (start.mjs
// --e2e). Its own dev login page takes the account's e-mail as login and any password.
import { demoAccounts } from '@naboskab/seed';
import { type OidcPerson, startLocalOidcProvider } from '../src/dev/local-oidc-provider.ts';

const person = (email: string, verified: boolean): [string, OidcPerson] => [
  email,
  { sub: email, email, email_verified: verified },
];
const provider = await startLocalOidcProvider({
  redirectUri: new URL('/auth/oidc/callback', process.env.PUBLIC_URL).href,
  client: { id: String(process.env.OIDC_CLIENT_ID), secret: String(process.env.OIDC_CLIENT_SECRET) },
  port: Number(process.env.OIDC_PROVIDER_PORT ?? 0),
  people: new Map([
    person(demoAccounts.coordinator.email, true),
    // The provider has not verified this address: Naboskab must not trust it.
    person(demoAccounts.coordinatorOdense.email, false),
  ]),
});
console.info(`OpenID provider: ${provider.issuer}`);

async function shutdown() {
  await provider.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
