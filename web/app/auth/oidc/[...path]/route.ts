import { proxyToApi } from '../../../../lib/server/api-proxy';

// Staff sign-in by OpenID Connect: the API answers with redirects and cookies, passed on as they are.
export const dynamic = 'force-dynamic';
export { proxyToApi as GET };
