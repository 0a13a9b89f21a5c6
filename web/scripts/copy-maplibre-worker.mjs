// maplibre-gl 6 runs its worker as a separate ES module; bundlers can't inline it, so we serve
// the file statically (public/maplibre/) and point setWorkerUrl() at it. Runs in `generate`.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('maplibre-gl/package.json')), 'dist');
const out = new URL('../public/maplibre/', import.meta.url);
mkdirSync(out, { recursive: true });
copyFileSync(join(dist, 'maplibre-gl-worker.mjs'), new URL('maplibre-gl-worker.mjs', out));
console.log('copied maplibre-gl-worker.mjs to public/maplibre/');
