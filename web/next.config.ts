import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextConfig } from 'next';

// The documents loader's output depends on the generated documents, which Turbopack's build cache
// does not see (it kept a page's old query after only a fragment it spreads had changed, even with
// the loader's fs reads and addDependency): their hash, as the loader's option, is in the key.
const generated = createHash('sha256');
for (const file of ['gql/graphql.ts', 'gql/gql.ts']) {
  const at = path.join(import.meta.dirname, file);
  generated.update(existsSync(at) ? readFileSync(at) : '');
}
const documentsLoader = {
  loader: './scripts/graphql-documents-loader.cjs',
  options: { generated: generated.digest('hex') },
};

// /graphql, /health and /calendar/* reach the API through route handlers (app/), which read
// API_URL when the server runs, so one build serves any API address.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several builds live side by side (e.g. a developer's and the e2e suite's).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // forbidden() and unauthorized() from next/navigation: pages that the API refuses say so.
  experimental: {
    authInterrupts: true,
    // Turbopack keeps a build cache in .next (default since 16.4); writing it took ~30 s. `npm
    // start` turns it off for the first build of a fresh clone, which has nothing to reuse.
    turbopackFileSystemCacheForBuild: process.env.NABOSKAB_BUILD_CACHE !== 'off',
  },
  // `next build` skips its own TypeScript pass (~27 s of `npm start`): `npm test` runs
  // `turbo run typecheck` (tsc over web/ and every package) before it builds the web.
  typescript: { ignoreBuildErrors: true },
  // Bundles carry only the GraphQL documents they use (see the loader).
  turbopack: {
    rules: {
      '*.tsx': { loaders: [documentsLoader] },
      '*.ts': { loaders: [documentsLoader] },
    },
  },
};

export default nextConfig;
