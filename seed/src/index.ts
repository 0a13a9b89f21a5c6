import { Prisma, type PrismaClient } from '@naboskab/db';
import { SeedContext } from './dataset/context.ts';
import { DEMO_PASSWORD, demoAccounts } from './dataset/demo-accounts.ts';
import { buildDataset } from './dataset/index.ts';
import { insertRows, type Table } from './dataset/rows.ts';
import { hashPasswordOnce } from './factories/person-and-user.ts';
import { createRng, DEFAULT_SEED } from './random.ts';
import { countRows, demoAccountList, type SeedSummary } from './summary.ts';
import { startOfDayUtc } from './time.ts';

export interface SeedOptions {
  /** Multiplies areas, partnerships, meetings, activities … (synthetic copies). Default 1. */
  scale?: number;
  /** "Upcoming" and "past" are relative to this day (rounded to 00:00 UTC). Default: today. */
  now?: Date;
  /** Truncate every table first. Without it, an already seeded database is left as it is. */
  reset?: boolean;
  /** PRNG seed. Default DEFAULT_SEED: the same data on every run. */
  seed?: number;
  /** Progress messages (per table: rows and milliseconds). */
  log?: (message: string) => void;
}

/** Deletes every row of every model table (not the migrations table). */
export async function resetDatabase(prisma: PrismaClient): Promise<void> {
  const tables = Object.values(Prisma.ModelName).map((name) => `"${name}"`);
  await prisma.$executeRawUnsafe(`TRUNCATE TABLE ${tables.join(', ')} RESTART IDENTITY CASCADE`);
}

/**
 * Seeds the realistic demo dataset (scale 1) or a larger synthetic one. Idempotent: when the
 * admin demo account exists and `reset` is not set, nothing is written and the current counts
 * are returned.
 */
export async function seedDemo(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const scale = Math.max(1, Math.floor(options.scale ?? 1));
  const now = startOfDayUtc(options.now ?? new Date());
  const log = options.log ?? (() => {});
  if (options.reset) await resetDatabase(prisma);
  const seeded = await prisma.user.findUnique({
    where: { email: demoAccounts.admin.email },
    select: { id: true },
  });
  if (!seeded) {
    const ctx = new SeedContext(
      createRng(options.seed ?? DEFAULT_SEED),
      now,
      await hashPasswordOnce(DEMO_PASSWORD),
    );
    buildDataset(ctx, scale);
    log(
      `built ${Object.values(ctx.rows).reduce((n, rows) => n + rows.length, 0)} rows in ${Math.round(performance.now() - started)} ms`,
    );
    await prisma.$transaction(
      (tx) =>
        insertRows(tx, ctx.rows, (table: Table, count, ms) => {
          if (count)
            log(
              `${table.padEnd(24)} ${String(count).padStart(8)} rows ${String(Math.round(ms)).padStart(7)} ms`,
            );
        }),
      { maxWait: 60_000, timeout: 30 * 60_000 },
    );
  }
  return {
    skipped: Boolean(seeded),
    scale,
    now,
    durationMs: Math.round(performance.now() - started),
    counts: await countRows(prisma),
    demoAccounts: demoAccountList,
  };
}

export { DEMO_PASSWORD, type DemoAccount, demoAccounts } from './dataset/demo-accounts.ts';
export {
  buildAreaPolygon,
  findMunicipality,
  loadGeography,
  pointInGeometry,
  pointInRing,
  ringSignedArea,
} from './geo.ts';
export { createRng, DEFAULT_SEED, type Rng } from './random.ts';
export type { SeedCounts, SeedSummary } from './summary.ts';
export { REFERENCE_DATE, startOfDayUtc } from './time.ts';
