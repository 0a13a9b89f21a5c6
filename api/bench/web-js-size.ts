// JS sizes of web routes, read from the Next build output (run `NEXT_DIST_DIR=.next-ministry
// npm run build -w @naboskab/web` first). How: each route's server folder has a
// page_client-reference-manifest.js whose `entryJSFiles` list the client chunks the route loads
// up front (layout, error and page segments), and build-manifest.json's `rootMainFiles` are the
// runtime every route loads; we sum those files' sizes, raw and gzip, for every route of the build. The map library is NOT in any route's first load: it is
// a lazy chunk fetched by next/dynamic on map routes only; we find it by the maplibre-gl marker.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const webDir = new URL('../../web/', import.meta.url).pathname;

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
  return [...new Set([...(manifest.rootMainFiles ?? []), ...Object.values(json.entryJSFiles ?? {}).flat()])];
}

/** Every app route of the build: the folders that hold a page's client-reference manifest. */
function appRoutes(serverApp: string): string[] {
  return readdirSync(serverApp, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(`page_client-reference-manifest.js`))
    .map((f) => path.dirname(f).replace(/\\/g, '/'))
    .map((dir) => (dir === '.' ? '' : dir))
    .sort();
}

function sizeOf(dist: string, files: string[]) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const full = path.join(dist, file.replace(/^\/?_next\//, ''));
    if (!existsSync(full)) continue;
    const content = readFileSync(full);
    raw += content.length;
    gzip += gzipSync(content).length;
  }
  return { raw, gzip };
}

export function webJsSizes(distDir: string) {
  const dist = path.join(webDir, distDir);
  if (!existsSync(path.join(dist, 'server/app'))) {
    console.log(
      `\nWeb JS sizes: no build in web/${distDir} (run NEXT_DIST_DIR=${distDir} npm run build -w @naboskab/web).`,
    );
    return;
  }
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(
    `\nWeb JS (from web/${distDir}; first load = the route's entry chunks incl. the shared layout):`,
  );
  for (const route of appRoutes(path.join(dist, 'server/app'))) {
    const chunks = routeChunks(dist, route);
    if (!chunks.length) continue;
    const { raw, gzip } = sizeOf(dist, chunks);
    console.log(
      `  /${route.padEnd(34)} first load ${kib(raw).padStart(10)}  (gzip ${kib(gzip).padStart(9)}), ${chunks.length} chunks`,
    );
  }
  const chunkDir = path.join(dist, 'static/chunks');
  const lazy = readdirSync(chunkDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'))
    .map((f) => path.join(chunkDir, f))
    .filter((f) => {
      const text = readFileSync(f, 'utf8');
      return text.includes('maplibre') && statSync(f).size > 200_000;
    });
  for (const file of lazy) {
    const content = readFileSync(file);
    console.log(
      `  map library (lazy, map routes only) ${path.basename(file)}: ${kib(content.length)} (gzip ${kib(gzipSync(content).length)})`,
    );
  }
}
