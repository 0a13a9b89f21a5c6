import { randomUUID } from 'node:crypto';
import { createPartnership } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LockableTable, lockRow } from '../src/domain/lock-row.ts';
import { startTestApi } from './support.ts';

// The one helper behind the "lock this row by id" statements: it says whether the row exists, and
// no table name outside its list reaches the SQL text.

describe('lockRow', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterAll(() => app.close());

  it('locks an existing row and says whether it exists', async () => {
    const partnership = await createPartnership(app.prisma, {});
    const found = await app.prisma.$transaction(async (tx) => [
      await lockRow(tx, 'Partnership', partnership.id),
      await lockRow(tx, 'Partnership', randomUUID(), 'SHARE'),
    ]);
    expect(found).toEqual([true, false]);
  });

  it('refuses a table outside its list before any SQL runs', async () => {
    app.takeStatements();
    const hostile = 'Partnership" WHERE true; DROP TABLE "User"; --' as LockableTable;
    await expect(app.prisma.$transaction((tx) => lockRow(tx, hostile, randomUUID()))).rejects.toThrow(
      'are not locked by id',
    );
    expect(app.takeStatements().join('\n')).not.toContain('DROP');
  });
});
