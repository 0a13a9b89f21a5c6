import { Prisma } from '@naboskab/db';

/** Tables whose rows are locked by id to order a check and its write; names are SQL, so listed. */
const lockableTables = [
  'Booking',
  'Meeting',
  'Partnership',
  'Person',
  'User',
  'VolunteerOpportunity',
] as const;
export type LockableTable = (typeof lockableTables)[number];

const strengths = {
  UPDATE: Prisma.raw('FOR UPDATE'),
  NO_KEY_UPDATE: Prisma.raw('FOR NO KEY UPDATE'),
  SHARE: Prisma.raw('FOR SHARE'),
} as const;

/**
 * Locks one row by id until the transaction ends and says whether it exists. UPDATE by default;
 * NO_KEY_UPDATE excludes the same and UPDATE but lets rows that refer to this one be written
 * meanwhile; SHARE holds a row that others may lock likewise, but not change, meanwhile. Only a
 * listed table name reaches the SQL text, so no input can.
 */
export async function lockRow(
  tx: Prisma.TransactionClient,
  table: LockableTable,
  id: string,
  strength: keyof typeof strengths = 'UPDATE',
): Promise<boolean> {
  if (!lockableTables.includes(table)) throw new Error(`Rows of ${String(table)} are not locked by id`);
  const rows = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id}::uuid ${strengths[strength]}`;
  return rows.length === 1;
}
