import type { Context } from '../context.ts';
import { loadExportData } from '../domain/ministry-export-rows.ts';
import { ministryFilterKeys, parseMinistryFilter } from '../domain/parse-ministry-filter.ts';
import { writeGrants360Giving } from '../domain/write-grants-360giving.ts';
import { writePartnershipsCsv } from '../domain/write-partnerships-csv.ts';
import { writePartnershipsGeojson } from '../domain/write-partnerships-geojson.ts';
import { t, translateIssue } from '../i18n.ts';
import type { Route } from './route.ts';

// The ministry's exports of the filtered map: /exports/partnerships.csv, .geojson and
// /exports/grants.360giving.json. Same filters as the map, from the query string (see
// parseMinistryFilter); ministry and administrators only, like the ministryMap query.
const formats = {
  'partnerships.csv': {
    type: 'text/csv; charset=utf-8',
    body: async (data: Awaited<ReturnType<typeof loadExportData>>) =>
      writePartnershipsCsv(data.map, data.bridge),
  },
  'partnerships.geojson': {
    type: 'application/geo+json; charset=utf-8',
    body: async (data: Awaited<ReturnType<typeof loadExportData>>) =>
      JSON.stringify(writePartnershipsGeojson(data.map, data.bridge)),
  },
  'grants.360giving.json': {
    type: 'application/json; charset=utf-8',
    body: async (data: Awaited<ReturnType<typeof loadExportData>>) =>
      JSON.stringify(writeGrants360Giving(data)),
  },
} as const;

type Format = keyof typeof formats;

const text = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: {
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });

function refusal(ctx: Context): Response | null {
  if (!ctx.viewer) return text(401, t(ctx.locale, 'auth.signInRequired'));
  if (ctx.viewer.role !== 'MINISTRY' && ctx.viewer.role !== 'ADMIN')
    return text(403, t(ctx.locale, 'auth.forbidden'));
  return null;
}

export const exportsRoute: Route = {
  pattern: /^\/exports\/(?<file>partnerships\.csv|partnerships\.geojson|grants\.360giving\.json)$/,
  async handle(ctx, { file }, url) {
    const refused = refusal(ctx);
    if (refused) return refused;
    const parsed = parseMinistryFilter(url.searchParams);
    if (!parsed.success) {
      const issues = parsed.issues.map(
        (i) => `${i.path.join('.')}: ${translateIssue(i.message, ctx.locale)}`,
      );
      const headline = t(ctx.locale, 'ministry.exportRefused', { filters: ministryFilterKeys.join(', ') });
      return text(400, `${headline}\n${issues.join('\n')}`);
    }
    const format = formats[file as Format];
    const body = await format.body(await loadExportData(ctx.prisma, parsed.filter));
    const stamp = new Date().toISOString().slice(0, 10);
    const [name, ...ext] = (file as Format).split('.');
    return new Response(body, {
      headers: {
        'content-type': format.type,
        'content-disposition': `attachment; filename="naboskab-${name}-${stamp}.${ext.join('.')}"`,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      },
    });
  },
};
