import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '../generated/client.ts';
import { lockDataDir } from './lock.ts';
import { applyMigrations } from './migrate.ts';
import { observeQueries } from './observe.ts';
import { defaultDataDir } from './paths.ts';
import { createPglite } from './pglite.ts';
import { pgliteExecutor, poolExecutor, type SqlExecutor } from './sql.ts';

export interface OpenDatabaseOptions {
  /** PostgreSQL URL. Default: DATABASE_URL; when neither is set, the embedded PGlite is used. */
  url?: string;
  /** PGlite folder, or 'memory://'. Default: NABOSKAB_DATA_DIR ?? <repo>/.data/pglite.
   *  Passing it without `url` chooses PGlite even when DATABASE_URL is set. */
  dataDir?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
  /** Called with each SQL statement Prisma sends (transaction control excluded). */
  onQuery?: (sql: string) => void;
}

export interface Database {
  prisma: PrismaClient;
  kind: 'postgres' | 'pglite';
  /** Raw SQL outside Prisma, for the job queue (see sql.ts). */
  sql: SqlExecutor;
  close(): Promise<void>;
}

/** The one way the apps open the database: PostgreSQL when a URL is known, PGlite otherwise. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const url = options.url ?? (options.dataDir === undefined ? process.env.DATABASE_URL : undefined);
  return url ? openPostgres(url, options) : openPglite(options.dataDir ?? defaultDataDir(), options);
}

function client(factory: SqlDriverAdapterFactory, onQuery?: (sql: string) => void): PrismaClient {
  return new PrismaClient({ adapter: onQuery ? observeQueries(factory, onQuery) : factory });
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<Database> {
  if (options.migrate ?? true) {
    const session = new pg.Client({ connectionString: url });
    await session.connect();
    try {
      await applyMigrations(session);
    } finally {
      await session.end();
    }
  }
  const prisma = client(
    new PrismaPg({ connectionString: url }, { statementNameGenerator: preparedStatementName }),
    options.onQuery,
  );
  const sql = poolExecutor(url);
  const close = async () => {
    await sql.close();
    await prisma.$disconnect();
  };
  return { prisma, kind: 'postgres', sql, close };
}

// A statement that starts with `/* prepared: <name> */` becomes a named prepared statement:
// PostgreSQL parses and plans it once per connection instead of on every call. For statements
// every request sends (the session lookup), whose planning costs more than their execution.
const PREPARED = /^\/\* prepared: ([\w-]+) \*\//;

function preparedStatementName({ sql }: SqlQuery): string {
  return PREPARED.exec(sql)?.[1] ?? ''; // '': pg's unnamed statement, parsed on every call
}

async function openPglite(dataDir: string, options: OpenDatabaseOptions): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const release = inMemory ? () => {} : lockDataDir(dataDir);
  let db: PGlite | undefined;
  try {
    db = await createPglite(dataDir);
    if (options.migrate ?? true) await applyMigrations(db);
  } catch (error) {
    await db?.close();
    release();
    throw error;
  }
  const pglite = db;
  const prisma = client(new PrismaPGlite(pglite), options.onQuery);
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= (async () => {
      try {
        await prisma.$disconnect();
        await pglite.close();
      } finally {
        release();
      }
    })();
    return closed;
  };
  return { prisma, kind: 'pglite', sql: pgliteExecutor(pglite), close };
}
