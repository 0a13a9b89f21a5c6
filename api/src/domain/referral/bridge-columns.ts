import { Prisma, type PrismaClient } from '@naboskab/db';
import { cellText, suppressColumn } from './suppression.ts';

/** The CSV columns of bridge-building, after the ministry's own. */
export const BRIDGE_HEADERS = [
  'Henvist',
  'Kontaktet inden for 14 dage',
  'Koblet',
  'Første deltagelse bekræftet',
  'Deltager efter 3 måneder',
] as const;

/**
 * Per partnership, in the order given: the referral counts as CSV text, each column suppressed as a
 * table with a total (rule 3 of suppression.ts). One statement.
 */
export async function bridgeColumns(prisma: PrismaClient, ids: string[]): Promise<Map<string, string[]>> {
  if (!ids.length) return new Map();
  const rows = await prisma.$queryRaw<{ id: string; counts: number[] }[]>(Prisma.sql`
    SELECT ids.id::text AS id, ARRAY[
      count(r.id), count(*) FILTER (WHERE r."contactedAt" <= r."referredAt" + interval '14 days'),
      count(r."connectedAt"), count(r."firstAttendanceAt"), count(*) FILTER (WHERE r."stillTakingPart")
    ]::int[] AS counts
    FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS ids(id, n)
    LEFT JOIN "Referral" r ON r."partnershipId" = ids.id
    GROUP BY ids.id, ids.n ORDER BY ids.n`);
  const columns = BRIDGE_HEADERS.map((_, column) =>
    suppressColumn(rows.map((row) => row.counts[column] ?? 0)),
  );
  return new Map(
    rows.map((row, index) => [
      row.id,
      columns.map((cells) => cellText(cells[index] ?? { value: null, suppression: 'SMALL' }, 'skjult')),
    ]),
  );
}
