import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/** A PGlite with btree_gist available: the bookings EXCLUDE constraint needs it. */
export async function createPglite(dataDir = 'memory://'): Promise<PGlite> {
  const db = new PGlite({ dataDir, extensions: { btree_gist } });
  await db.waitReady;
  return db;
}

// pglite-prisma-adapter 0.7.2 calls client.exec() without awaiting it in executeScript, so a
// failing migration script would pass silently; replace it with one that awaits and rethrows.
function withAwaitingScript(adapter: SqlDriverAdapter, db: PGlite): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await db.exec(script);
  };
  return adapter;
}

/**
 * The adapter factory the schema engine uses. Every database it asks for, main or shadow, is a
 * fresh in-memory PGlite with btree_gist, closed when the engine disposes of it: we only diff,
 * so no real database is ever involved. The engine disposes of the shadow but not of the main
 * connection when freed, hence closeAll().
 */
export function pgliteEngineFactory(): {
  factory: SqlMigrationAwareDriverAdapterFactory;
  closeAll(): Promise<void>;
} {
  const open = new Set<PGlite>();
  const connect = async () => {
    const db = await createPglite();
    open.add(db);
    const adapter = withAwaitingScript(await new PrismaPGlite(db).connect(), db);
    adapter.dispose = async () => {
      if (open.delete(db)) await db.close();
    };
    return adapter;
  };
  return {
    factory: {
      provider: 'postgres',
      adapterName: 'pglite-prisma-adapter',
      connect,
      connectToShadowDb: connect,
    },
    closeAll: async () => {
      await Promise.all([...open].map((db) => db.close()));
      open.clear();
    },
  };
}
