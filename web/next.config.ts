import type { NextConfig } from 'next';

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
      '*.tsx': { loaders: ['./scripts/graphql-documents-loader.cjs'] },
      '*.ts': { loaders: ['./scripts/graphql-documents-loader.cjs'] },
    },
  },
};

export default nextConfig;
