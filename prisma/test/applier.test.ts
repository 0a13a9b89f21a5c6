// src/migrate.ts against both databases: PGlite always, PostgreSQL when a server URL is set.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, type MigrationTarget } from '../src/migrate.ts';
import { readMigrations } from '../src/migrations-dir.ts';
import {
  migrationsFolder,
  migrationTargets,
  query,
  removeTempDirs,
  scratchPostgres,
  serverUrl,
} from './helpers.ts';

afterAll(removeTempDirs);

const targets = migrationTargets();
const url = serverUrl;

type Row = {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
};
const rowsOf = (client: MigrationTarget) =>
  query<Row>(client, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');

describe.each(targets)('applyMigrations on %s', (_kind, open) => {
  let cleanup: (() => Promise<void>) | undefined;
  const fresh = async () => {
    const target = await open();
    cleanup = target.cleanup;
    return target.client;
  };
  afterEach(() => cleanup?.());

  it('applies the real migrations once, recording rows Prisma accepts', async () => {
    const client = await fresh();
    const names = readMigrations().map((m) => m.name);
    expect(await applyMigrations(client)).toEqual(names);
    expect(await applyMigrations(client)).toEqual([]); // idempotent
    const rows = await rowsOf(client);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const [i, migration] of readMigrations().entries()) {
      const row = rows[i] as Row;
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.checksum).toBe(createHash('sha256').update(migration.sql).digest('hex'));
    }
    expect(await query(client, "SELECT 1 FROM pg_extension WHERE extname = 'btree_gist'")).toHaveLength(1);
  });

  it('rolls a failing migration back entirely and keeps the ones before it', async () => {
    const client = await fresh();
    const dir = migrationsFolder({
      '20260101000000_one': 'CREATE TABLE one (id int);',
      '20260102000000_two': 'CREATE TABLE two (id int);\nSELECT 1/0;',
    });
    await expect(applyMigrations(client, { migrationsDir: dir })).rejects.toThrow(
      /Migration 20260102000000_two failed and was rolled back: division by zero/,
    );
    expect((await rowsOf(client)).map((r) => r.migration_name)).toEqual(['20260101000000_one']);
    expect(await query(client, "SELECT to_regclass('two') AS t")).toEqual([{ t: null }]);
  });

  it('refuses to run over a migration left unfinished', async () => {
    const client = await fresh();
    const dir = migrationsFolder({ '20260101000000_one': 'CREATE TABLE one (id int);' });
    await applyMigrations(client, { migrationsDir: dir });
    await query(
      client,
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name) VALUES ('x', 'y', '20260102000000_half')`,
    );
    await expect(applyMigrations(client, { migrationsDir: dir })).rejects.toThrow(
      /20260102000000_half was started but never finished/,
    );
  });
});

describe.skipIf(!url)('applyMigrations on postgres, concurrently', () => {
  it("waits for Prisma's advisory lock", async () => {
    const { client, url: sameDatabase, cleanup } = await scratchPostgres(url ?? '');
    // Advisory locks are per database: the holder must be in the one being migrated.
    const holder = new pg.Client({ connectionString: sameDatabase });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock(72707369)');
      let finished = false;
      const run = applyMigrations(client).then(() => (finished = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(finished).toBe(false);
      await holder.query('SELECT pg_advisory_unlock(72707369)');
      await run;
      expect(finished).toBe(true);
    } finally {
      await holder.end();
      await cleanup();
    }
  });
});
