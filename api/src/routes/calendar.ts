import { renderFeed } from '../calendar/feed.ts';
import { notFound, type Route } from './route.ts';

// /calendar/partnership/<token>.ics and /calendar/personal/<token>.ics: secret, revocable feeds.
// The token is the only credential (calendar apps send no cookies); unknown or revoked → 404.
export const calendarRoute: Route = {
  pattern: /^\/calendar\/(?<kind>partnership|personal)\/(?<token>[A-Za-z0-9_-]{20,100})\.ics$/,
  async handle(ctx, params) {
    const kind = params.kind === 'partnership' ? 'partnership' : 'personal';
    const body = await renderFeed(ctx.prisma, ctx.env.PUBLIC_URL, kind, params.token ?? '');
    if (body === null) return notFound();
    return new Response(body, {
      headers: {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `inline; filename="naboskab-${kind}.ics"`,
        'cache-control': 'private, max-age=300',
        'x-robots-tag': 'noindex',
      },
    });
  },
};
