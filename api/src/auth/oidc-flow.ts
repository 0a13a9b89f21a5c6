import * as client from 'openid-client';
import type { Context } from '../context.ts';
import { linkOidcAccount, type OidcFailure } from '../domain/account/link-oidc-account.ts';
import { startViewerSession } from '../domain/sign-in.ts';
import { refuseNul } from '../nul-input.ts';
import { type OidcEnv, oidcConfiguration, oidcConfigured, oidcRedirectUri } from './oidc-client.ts';

// The PKCE verifier, state and nonce of a sign-in in progress live in a short-lived httpOnly cookie
// on the callback's path: only this browser can finish the sign-in it started.
const FLOW_COOKIE = 'naboskab_oidc';
const FLOW_MINUTES = 10;

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  /** Where the person was going; null: their start page. */
  next: string | null;
}

/** GET /auth/oidc/start?next=/path: sends the browser to the provider. */
export async function startOidc(ctx: Context, url: URL): Promise<Response> {
  if (!oidcConfigured(ctx.env)) return back(ctx, 'unavailable');
  const config = await oidcConfiguration(ctx.env).catch(() => null);
  if (!config) return back(ctx, 'unavailable');
  const flow: Flow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    next: sameSitePath(url.searchParams.get('next')),
  };
  const target = client.buildAuthorizationUrl(config, {
    redirect_uri: oidcRedirectUri(ctx.env),
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  await ctx.cookies.store.set({
    name: FLOW_COOKIE,
    value: Buffer.from(JSON.stringify(flow)).toString('base64url'),
    path: '/auth/oidc',
    httpOnly: true,
    sameSite: 'lax',
    secure: ctx.cookies.secure,
    domain: null,
    expires: new Date(Date.now() + FLOW_MINUTES * 60_000),
  });
  return redirect(target.href);
}

/** GET /auth/oidc/callback: checks state, nonce and PKCE, links the account and signs in. */
export async function finishOidc(ctx: Context, url: URL): Promise<Response> {
  const flow = await readFlow(ctx);
  // Single use: whatever happens next, this browser must start again for another try.
  await ctx.cookies.store.delete({ name: FLOW_COOKIE, path: '/auth/oidc' });
  if (!flow || !oidcConfigured(ctx.env)) return back(ctx, 'failed');
  const claims = await exchangeCode(ctx.env, url, flow);
  if (!claims) return back(ctx, 'failed');
  refuseNul(claims, 'id_token');
  const linked = await linkOidcAccount(ctx, claims);
  if ('failure' in linked) return back(ctx, linked.failure);
  await startViewerSession(ctx, linked.userId);
  const landing = linked.landing ?? flow.next ?? (await startPath(ctx, linked.userId));
  return redirect(new URL(landing, ctx.env.PUBLIC_URL).href);
}

async function exchangeCode(env: OidcEnv, url: URL, flow: Flow) {
  try {
    const config = await oidcConfiguration(env);
    // The provider sent the browser to PUBLIC_URL; the API may see another host behind the proxy.
    const current = new URL(`${url.pathname}${url.search}`, env.PUBLIC_URL);
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: flow.verifier,
      expectedState: flow.state,
      expectedNonce: flow.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims) return null;
    // Some providers put the e-mail only in the UserInfo response, bound to the ID token's subject.
    const extra =
      claims.email === undefined ? await client.fetchUserInfo(config, tokens.access_token, claims.sub) : {};
    return { ...extra, ...claims, issuer: config.serverMetadata().issuer };
  } catch (error) {
    // A wrong state, a replayed code or a bad token: refused, and worth a line in the log.
    console.warn('[api] OIDC sign-in refused:', error instanceof Error ? error.message : error);
    return null;
  }
}

async function readFlow(ctx: Context): Promise<Flow | null> {
  const raw = (await ctx.cookies.store.get(FLOW_COOKIE))?.value;
  if (!raw) return null;
  try {
    const flow = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Flow>;
    const { state, nonce, verifier, next } = flow;
    return state && nonce && verifier ? { state, nonce, verifier, next: sameSitePath(next ?? null) } : null;
  } catch {
    return null;
  }
}

/** A path on this site, never another origin (`//x`, `/\x` and absolute URLs count as none). */
function sameSitePath(next: string | null): string | null {
  return next && /^\/(?![/\\])[^\s\\]*$/.test(next) ? next : null;
}

/** As after a password sign-in: coordinators of a partnership at their overview, others at Min side. */
async function startPath(ctx: Context, userId: string): Promise<string> {
  const coordinates = await ctx.prisma.partnershipCoordinator.count({ where: { userId } });
  return coordinates > 0 ? '/koordinator' : '/min-side';
}

function back(ctx: Context, reason: OidcFailure | 'failed' | 'unavailable'): Response {
  return redirect(new URL(`/log-ind?oidc=${reason}`, ctx.env.PUBLIC_URL).href);
}

function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { location, 'cache-control': 'no-store' } });
}
