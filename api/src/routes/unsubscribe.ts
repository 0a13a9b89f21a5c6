import { linkSecret, unsubscribe } from '../notifications/unsubscribe.ts';
import { notFound, type Route } from './route.ts';

// /unsubscribe/<token> (notifications/unsubscribe.ts). POST is RFC 8058's one-click unsubscribe
// (a mail provider posts `List-Unsubscribe=One-Click`; a person posts the confirm page's form and
// is sent back to it); GET never unsubscribes (link scanners open links): it shows the confirm page.
export const unsubscribeRoute: Route = {
  pattern: /^\/unsubscribe\/(?<token>[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{43})$/,
  methods: ['GET', 'POST'],
  async handle(ctx, params, _url, request) {
    const token = params.token ?? '';
    const back = (query: string) =>
      new Response(null, { status: 303, headers: { location: `/afmeld?${query}` } });
    const page = `token=${encodeURIComponent(token)}`;
    if (request.method === 'GET') return back(page);
    const person = request.headers.get('accept')?.includes('text/html');
    // A person who posted the confirm page is told the link does not work; a mail provider gets 404.
    if (!(await unsubscribe(ctx.prisma, linkSecret(ctx.env), token)))
      return person ? back('invalid=1') : notFound();
    if (person) return back(`${page}&done=1`);
    return new Response('Unsubscribed', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  },
};
