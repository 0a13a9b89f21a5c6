import type { PrismaClient, Role } from '@naboskab/db';
import type { MapDetail } from './compact-geometry.ts';
import { loadMapData, type MapData } from './load-map-data.ts';
import type { MinistryFilter } from './ministry-filter.ts';

/** Filters the ministry combines on its page at once, more or less; the oldest entry goes first. */
const ENTRIES = 64;

interface Entry {
  version: string;
  data: Promise<MapData>;
}

export type MapCache = ReturnType<typeof createMapCache>;

/**
 * The ministry map's answers, per role, filter and detail, valid while the database's
 * "ministry-map" version stands (triggers set it at the commit of every write to a table the map
 * reads; see the migrations ministry_map_cache_version and …_statement_triggers). The version is read before the data, so an entry
 * is never older than the version it is kept under: a write committed in between makes the
 * next request miss, never hit stale figures. One statement per request on a hit.
 */
export function createMapCache() {
  const entries = new Map<string, Entry>();
  return async function cachedMapData(
    prisma: PrismaClient,
    role: Role,
    filter: MinistryFilter,
    detail: MapDetail,
  ): Promise<MapData> {
    const [row] = await prisma.$queryRaw<{ version: string }[]>`
      SELECT "version"::text AS version FROM "CacheVersion" WHERE "name" = 'ministry-map'`;
    // Without the row (a truncated database) nothing says when an entry went stale.
    if (!row) return loadMapData(prisma, filter, detail);
    // The role is part of the key although the figures do not depend on it today, so a later
    // role-dependent figure cannot leak from one role's entry to another's.
    const key = JSON.stringify([role, detail, filter], (_name, value) =>
      typeof value === 'bigint' ? value.toString() : value,
    );
    const cached = entries.get(key);
    if (cached?.version === row.version) return cached.data;
    // The promise is kept, so concurrent misses of one key share one load.
    const data = loadMapData(prisma, filter, detail);
    entries.delete(key);
    entries.set(key, { version: row.version, data });
    if (entries.size > ENTRIES) entries.delete(entries.keys().next().value as string);
    data.catch(() => {
      if (entries.get(key)?.data === data) entries.delete(key);
    });
    return data;
  };
}
