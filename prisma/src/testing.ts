// @naboskab/db/testing: an isolated, migrated database per test file.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from './client.ts';

export interface TestDatabaseOptions {
  onQuery?: (sql: string) => void;
}

/**
 * With TEST_DATABASE_URL or DATABASE_URL: a fresh database on that server, dropped by close().
 * Without: an in-memory PGlite. Either way migrated and empty.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!serverUrl) return openDatabase({ dataDir: 'memory://', onQuery: options.onQuery });

  const name = `naboskab_t_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  let db: Database;
  try {
    db = await openDatabase({ url: url.toString(), onQuery: options.onQuery });
  } catch (error) {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
  return {
    ...db,
    async close() {
      await db.close();
      // FORCE: a connection a test leaked must not keep the database alive.
      await admin(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const session = new pg.Client({ connectionString: url });
  await session.connect();
  try {
    await session.query(sql);
  } finally {
    await session.end();
  }
}
