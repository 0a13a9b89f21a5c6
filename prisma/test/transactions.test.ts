import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/index.ts';
import { createTestDatabase } from '../src/testing.ts';

let db: Database;
const statements: string[] = [];
beforeAll(async () => {
  db = await createTestDatabase({ onQuery: (sql) => statements.push(sql) });
});
afterAll(() => db?.close());

describe('transactions and statement counting', () => {
  it('leaves nothing behind when an interactive transaction fails', async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.region.create({ data: { code: '1081', name: 'Nordjylland', boundary: {} } });
        await tx.region.create({ data: { code: 'bad', name: 'x', boundary: {} } }); // violates the CHECK
      }),
    ).rejects.toThrow(/Region_code_check/);
    expect(await db.prisma.region.count()).toBe(0);
  });

  it('leaves nothing behind when a batch transaction fails', async () => {
    await expect(
      db.prisma.$transaction([
        db.prisma.region.create({ data: { code: '1082', name: 'Midtjylland', boundary: {} } }),
        db.prisma.region.create({ data: { code: '1082', name: 'duplicate', boundary: {} } }),
      ]),
    ).rejects.toThrow();
    expect(await db.prisma.region.count()).toBe(0);
  });

  it('reports each SQL statement to onQuery', async () => {
    await db.prisma.region.create({ data: { code: '1084', name: 'Hovedstaden', boundary: {} } });
    for (const code of ['0101', '0147', '0151']) {
      await db.prisma.municipality.create({ data: { code, name: code, regionCode: '1084', boundary: {} } });
    }
    statements.length = 0;
    await db.prisma.municipality.findMany();
    expect(statements).toHaveLength(1);
    expect(statements[0]).toMatch(/^SELECT .* FROM "public"."Municipality"/);

    // The N+1 shape: one query per row shows up as N more statements.
    statements.length = 0;
    const municipalities = await db.prisma.municipality.findMany();
    for (const m of municipalities) await db.prisma.region.findUnique({ where: { code: m.regionCode } });
    expect(statements).toHaveLength(1 + municipalities.length);

    // Inside a transaction the statements are counted too (BEGIN/COMMIT are not).
    statements.length = 0;
    await db.prisma.$transaction(async (tx) => {
      await tx.region.count();
      await tx.municipality.count();
    });
    expect(statements).toHaveLength(2);
  });
});
