import {
  LOCAL_OIDC_CLIENT,
  type OidcPerson,
  startLocalOidcProvider,
} from '../src/dev/local-oidc-provider.ts';

export type { OidcPerson };
export const OIDC_CLIENT = LOCAL_OIDC_CLIENT;

/**
 * The local OpenID provider with its login and consent screens replaced by one step that signs in
 * `as` — the person the test says is at the keyboard.
 */
export async function startOidcProvider(redirectUri: string) {
  const state: { as: OidcPerson | null } = { as: null };
  const people = new Map<string, OidcPerson>();
  const { issuer, close } = await startLocalOidcProvider({
    redirectUri,
    people,
    interaction: async (provider, req, res) => {
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
    },
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
    close,
  };
}
