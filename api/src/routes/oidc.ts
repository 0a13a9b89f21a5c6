import { finishOidc, startOidc } from '../auth/oidc-flow.ts';
import type { Route } from './route.ts';

/** Staff sign-in by OpenID Connect: /auth/oidc/start and /auth/oidc/callback. */
export const oidcRoute: Route = {
  pattern: /^\/auth\/oidc\/(?<step>start|callback)$/,
  handle: (ctx, params, url) => (params.step === 'start' ? startOidc(ctx, url) : finishOidc(ctx, url)),
};
