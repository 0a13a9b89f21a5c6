// npm run migrate: applies pending migrations to DATABASE_URL, or else to the embedded PGlite.
import pg from 'pg';
import { lockDataDir } from '../src/lock.ts';
import { applyMigrations } from '../src/migrate.ts';
import { defaultDataDir } from '../src/paths.ts';
import { createPglite } from '../src/pglite.ts';

const log = (message: string) => console.log(message);
const url = process.env.DATABASE_URL;

if (url) {
  const session = new pg.Client({ connectionString: url });
  await session.connect();
  try {
    const applied = await applyMigrations(session, { log });
    console.log(`PostgreSQL ${new URL(url).pathname.slice(1)}: ${applied.length} migration(s) applied.`);
  } finally {
    await session.end();
  }
} else {
  const dataDir = defaultDataDir();
  const release = lockDataDir(dataDir); // fails clearly while the API has the folder open
  const db = await createPglite(dataDir);
  try {
    const applied = await applyMigrations(db, { log });
    console.log(`PGlite at ${dataDir}: ${applied.length} migration(s) applied.`);
  } finally {
    await db.close();
    release();
  }
}
