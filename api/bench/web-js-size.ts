// First-load JS of every web route, read from Next build output, and compared with a second
// build (e.g. main's) when one is given. Standalone:
//   npx tsx api/bench/web-js-size.ts --after .next [--before /tmp/main/web/.next]
// (folders relative to web/, or absolute). How: each route's server folder has a
// page_client-reference-manifest.js whose `entryJSFiles` list the client chunks the route loads
// up front (layout, error and page segments), and build-manifest.json's `rootMainFiles` are the
// runtime every route loads; we sum those files' sizes, raw and gzip. The map library is a lazy
// chunk (next/dynamic) that a map route fetches at once, so for map routes (those whose entry
// chunks name it) it is added: the goal is ≤ 170 KiB gzip without a map, ≤ 450 KiB with one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const webDir = new URL('../../web/', import.meta.url).pathname;
const kib = (n: number) => `${(n / 1024).toFixed(1)}`;
const goals = { plain: 170 * 1024, map: 450 * 1024 };

function routeChunks(dist: string, route: string): string[] {
  const file = path.join(dist, 'server/app', route, 'page_client-reference-manifest.js');
  if (!existsSync(file)) return [];
  const text = readFileSync(file, 'utf8');
  const json = JSON.parse(text.slice(text.indexOf('] = {') + 4, text.lastIndexOf('}') + 1)) as {
    entryJSFiles?: Record<string, string[]>;
  };
  // The runtime every route loads first (Turbopack's rootMainFiles), then the route's entries.
  const manifest = JSON.parse(readFileSync(path.join(dist, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles?: string[];
  };
  return [...new Set([...(manifest.rootMainFiles ?? []), ...Object.values(json.entryJSFiles ?? {}).flat()])]
    .map((f) => path.join(dist, f.replace(/^\/?_next\//, '')))
    .filter((f) => existsSync(f));
}

/** Every app route of the build: the folders that hold a page's client-reference manifest. */
function appRoutes(serverApp: string): string[] {
  return readdirSync(serverApp, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('page_client-reference-manifest.js'))
    .map((f) => path.dirname(f).replace(/\\/g, '/'))
    .map((dir) => (dir === '.' ? '' : dir))
    .sort();
}

const gzipOf = (file: string) => gzipSync(readFileSync(file)).length;

/** The lazy map library chunk(s): large chunks that hold maplibre. */
function mapLibrary(dist: string): string[] {
  const chunkDir = path.join(dist, 'static/chunks');
  return readdirSync(chunkDir, { recursive: true })
    .map((f) => path.join(chunkDir, String(f)))
    .filter(
      (f) => f.endsWith('.js') && statSync(f).size > 200_000 && readFileSync(f, 'utf8').includes('maplibre'),
    );
}

type RouteSize = { gzip: number; raw: number; map: boolean };

/** Which chunks each chunk names (how Turbopack's loaders find lazy chunks). */
function chunkReferences(dist: string): Map<string, string[]> {
  const chunkDir = path.join(dist, 'static/chunks');
  const files = readdirSync(chunkDir, { recursive: true })
    .map((f) => path.join(chunkDir, String(f)))
    .filter((f) => f.endsWith('.js'));
  const names = new Map(files.map((f) => [path.basename(f), f]));
  const references = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const found = [...text.matchAll(/[\w-]+\.js/g)].map((m) => names.get(m[0])).filter(Boolean);
    references.set(
      file,
      [...new Set(found as string[])].filter((f) => f !== file),
    );
  }
  return references;
}

function routeSizes(distDir: string): Map<string, RouteSize> | null {
  const dist = path.resolve(webDir, distDir);
  if (!existsSync(path.join(dist, 'server/app'))) return null;
  const library = new Set(mapLibrary(dist));
  const references = chunkReferences(dist);
  const sizes = new Map<string, RouteSize>();
  for (const route of appRoutes(path.join(dist, 'server/app'))) {
    const chunks = routeChunks(dist, route);
    if (!chunks.length) continue;
    // Lazy chunks the route can reach; those on the way to the map library load at once too.
    const reachable = new Set(chunks);
    for (const file of reachable) for (const next of references.get(file) ?? []) reachable.add(next);
    const map = [...library].some((lib) => reachable.has(lib));
    const mapChunks = map
      ? [...reachable].filter((f) => library.has(f) || (references.get(f) ?? []).some((r) => library.has(r)))
      : [];
    const files = [...new Set([...chunks, ...mapChunks])];
    sizes.set(`/${route}`, {
      gzip: files.reduce((sum, f) => sum + gzipOf(f), 0),
      raw: files.reduce((sum, f) => sum + statSync(f).size, 0),
      map,
    });
  }
  return sizes;
}

export function webJsSizes(after: string, before?: string) {
  const now = routeSizes(after);
  if (!now) {
    console.log(
      `\nWeb JS sizes: no build in ${after} (run NEXT_DIST_DIR=${after} npm run build -w @naboskab/web).`,
    );
    return;
  }
  const then = before ? routeSizes(before) : null;
  console.log(
    `\nFirst-load JS per route, KiB gzip (map routes include the map library they fetch at once); goal ≤ ${kib(goals.plain)} without a map, ≤ ${kib(goals.map)} with one:`,
  );
  console.log(
    `  ${'route'.padEnd(36)} ${(then ? `before (${before})` : '').padEnd(24)} ${`now (${after})`.padEnd(20)} goal`,
  );
  let failures = 0;
  for (const [route, size] of now) {
    const goal = size.map ? goals.map : goals.plain;
    const was = then?.get(route);
    if (size.gzip > goal) failures += 1;
    console.log(
      `  ${route.padEnd(36)} ${(was ? kib(was.gzip) : then ? '–' : '').padEnd(24)} ${kib(size.gzip).padEnd(20)} ${size.gzip <= goal ? 'met' : 'MISSED'}${size.map ? ' (map)' : ''}`,
    );
  }
  console.log(
    `  ${failures === 0 ? 'Every route meets its goal.' : `${failures} route(s) above their goal.`}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { after: { type: 'string', default: '.next' }, before: { type: 'string' } },
  });
  webJsSizes(values.after, values.before);
}
