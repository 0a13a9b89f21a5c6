// Applies migrations/ without Prisma's engine, keeping Prisma's own bookkeeping so that
// `prisma migrate deploy/status` (wherever the native engine exists) accept the result.
import { randomUUID } from 'node:crypto';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { type MigrationFile, readMigrations } from './migrations-dir.ts';

/** A single session: a pg.Client (not a Pool: the advisory lock belongs to one session) or PGlite. */
export type MigrationTarget = pg.ClientBase | PGlite;

export interface ApplyOptions {
  migrationsDir?: string;
  /** Progress and warnings; silent by default. */
  log?: (message: string) => void;
}

// Prisma's lock id: `prisma migrate deploy` elsewhere waits for us, and we for it.
const LOCK_ID = 72707369;

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

function session(target: MigrationTarget) {
  const isPglite = 'exec' in target && typeof target.exec === 'function';
  // Both return { rows } for a parameterised query; their signatures just do not unify.
  const run = target.query.bind(target) as (sql: string, params: unknown[]) => Promise<{ rows: unknown[] }>;
  return {
    async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
      return (await run(sql, params)).rows as T[];
    },
    // A whole migration file: PGlite's exec and pg's simple-query protocol both take many statements.
    async script(sql: string): Promise<void> {
      if (isPglite) await (target as PGlite).exec(sql);
      else await (target as pg.ClientBase).query(sql);
    },
  };
}

/** Applies pending migrations in order, each in its own transaction. Returns their names. */
export async function applyMigrations(
  target: MigrationTarget,
  options: ApplyOptions = {},
): Promise<string[]> {
  const log = options.log ?? (() => {});
  const db = session(target);
  const migrations = readMigrations(options.migrationsDir);
  await db.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
  try {
    await db.script(CREATE_TABLE);
    const rows = await db.query<Row>(
      'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
    );
    const unfinished = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (unfinished) {
      throw new Error(
        `Migration ${unfinished.migration_name} was started but never finished (a row in _prisma_migrations ` +
          'has no finished_at). Inspect the database, fix it by hand, then delete that row or mark it ' +
          'rolled back (`prisma migrate resolve --rolled-back <name>`) before migrating again.',
      );
    }
    const applied = new Map(rows.filter((r) => r.rolled_back_at === null).map((r) => [r.migration_name, r]));
    const done: string[] = [];
    for (const migration of migrations) {
      const row = applied.get(migration.name);
      if (row) {
        if (row.checksum !== migration.checksum) {
          log(`warning: ${migration.name} was edited after it was applied (checksum differs); not re-run.`);
        }
        continue;
      }
      await applyOne(db, migration);
      log(`applied ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    await db.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]);
  }
}

// One transaction per migration: a failing one leaves neither half its changes nor its row.
async function applyOne(db: ReturnType<typeof session>, migration: MigrationFile): Promise<void> {
  await db.script('BEGIN');
  try {
    await db.query(
      'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
      [randomUUID(), migration.checksum, migration.name],
    );
    await db.script(migration.sql);
    await db.query(
      `UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1
       WHERE migration_name = $1 AND finished_at IS NULL`,
      [migration.name],
    );
    await db.script('COMMIT');
  } catch (error) {
    await db.script('ROLLBACK');
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${message}`, { cause: error });
  }
}
