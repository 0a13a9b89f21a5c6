import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * Plain SQL beside Prisma, in the shape job queues take (pg-boss's `db: { executeSql }`).
 * On PostgreSQL a small pool of its own; on PGlite the same in-process database, whose queries
 * wait while a Prisma transaction holds it (the adapter runs them under PGlite's mutex).
 */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  close(): Promise<void>;
}

export function poolExecutor(connectionString: string): SqlExecutor {
  const pool = new pg.Pool({ connectionString, max: 4 });
  let closing = false;
  // An idle connection ended by the server (a restart; a test's database dropped while the pool
  // closes, as end() does not wait for its connections) must not crash the process: the pool
  // drops it and connects again when asked.
  pool.on('error', (error) => {
    if (!closing) console.error('[db] idle connection lost:', error.message);
  });
  return {
    executeSql: (text, values) => pool.query(text, values),
    close: () => {
      closing = true;
      return pool.end();
    },
  };
}

export function pgliteExecutor(db: PGlite): SqlExecutor {
  return {
    // The extended protocol takes one statement; parameterless scripts (pg-boss's schema
    // migrations are several statements) go through exec, which answers with each result.
    async executeSql(text, values) {
      if (values?.length) return db.query(text, values);
      const results = await db.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
    close: async () => {},
  };
}
