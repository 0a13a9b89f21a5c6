import { danishCsv, list } from '../domain/danish-csv.ts';
import { exportPersonalData } from '../domain/export-personal-data.ts';
import { notFound, type Route } from './route.ts';

// The signed-in person's data: /exports/personal-data.json, or one table as
// /exports/personal-data/<table>.csv (e.g. signUps.csv, hours.csv). Never cached.
const headers = (type: string, filename: string) => ({
  'content-type': type,
  'content-disposition': `attachment; filename="${filename}"`,
  'cache-control': 'no-store, private',
});

export const personalDataRoute: Route = {
  pattern: /^\/exports\/personal-data(?:\.json|\/(?<table>[A-Za-z]+)\.csv)$/,
  async handle(ctx, { table }) {
    if (!ctx.viewer)
      return new Response('Sign in first', { status: 401, headers: { 'cache-control': 'no-store' } });
    const data = await exportPersonalData(ctx.prisma, ctx.viewer.personId);
    const body = JSON.stringify(data, (_k, v) => (typeof v === 'bigint' ? v.toString() : v), 2);
    if (!table)
      return new Response(body, {
        headers: headers('application/json; charset=utf-8', 'naboskab-mine-data.json'),
      });
    const rows = (JSON.parse(body) as Record<string, unknown>)[table];
    if (!Array.isArray(rows)) return notFound();
    return new Response(toCsv(rows.map((row) => flatten(row as Record<string, unknown>))), {
      headers: headers('text/csv; charset=utf-8', `naboskab-${table}.csv`),
    });
  },
};

function flatten(row: Record<string, unknown>, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      Object.assign(out, flatten(value as Record<string, unknown>, `${prefix}${key}.`));
    } else out[`${prefix}${key}`] = Array.isArray(value) ? list(value.map(String)) : value;
  }
  return out;
}

// For Danish Excel (domain/danish-csv.ts): semicolons, decimal commas, a BOM; yes/no in Danish.
function toCsv(rows: Record<string, unknown>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const value = (v: unknown): string | number =>
    typeof v === 'number'
      ? v
      : typeof v === 'boolean'
        ? v
          ? 'ja'
          : 'nej'
        : v === null || v === undefined
          ? ''
          : String(v);
  return danishCsv(
    columns,
    rows.map((row) => columns.map((c) => value(row[c]))),
  );
}
