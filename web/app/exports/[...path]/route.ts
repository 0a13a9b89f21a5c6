import { proxyToApi } from '../../../lib/server/api-proxy';

export const dynamic = 'force-dynamic';
export { proxyToApi as GET, proxyToApi as POST };
