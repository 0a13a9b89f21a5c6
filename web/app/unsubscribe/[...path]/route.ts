import { proxyToApi } from '../../../lib/server/api-proxy';

// RFC 8058 one-click unsubscribe links point here (PUBLIC_URL); the API answers them.
export const dynamic = 'force-dynamic';
export { proxyToApi as GET, proxyToApi as POST };
