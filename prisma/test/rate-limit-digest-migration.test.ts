// The data migration rate_limit_digest on a database holding counters as the version before it
// wrote them (keys in plain text): PGlite always, PostgreSQL when a server URL is set.
import { createHash } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../src/migrate.ts';
import { migrationsUntil, migrationTargets, query, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

const MIGRATION = '20261206162500_rate_limit_digest';

describe.each(migrationTargets())('migration rate_limit_digest on %s', (_kind, open) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  it('drops the counters that name an address, a number or an IP, and keeps the digests', async () => {
    const target = await open();
    cleanup = target.cleanup;
    const { client } = target;
    await applyMigrations(client, { migrationsDir: migrationsUntil(MIGRATION, false) });
    const digest = createHash('sha256').update('password-reset:email:kim@example.dk').digest('hex');
    for (const key of ['password-reset:email:kim@example.dk', 'phone-code:number:+4512345678', digest]) {
      await query(
        client,
        `INSERT INTO "RateLimitCounter" (key, "windowStart", count) VALUES ($1, now(), 1)`,
        [key],
      );
    }
    expect(await applyMigrations(client, { migrationsDir: migrationsUntil(MIGRATION, true) })).toEqual([
      MIGRATION,
    ]);
    const keys = await query<{ key: string }>(client, 'SELECT key FROM "RateLimitCounter"');
    expect(keys.map((row) => row.key)).toEqual([digest]);
  });
});
