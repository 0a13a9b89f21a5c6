import type { NextConfig } from 'next';

// /graphql, /health and /calendar/* reach the API through route handlers (app/), which read
// API_URL when the server runs, so one build serves any API address.
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets several builds live side by side (e.g. a developer's and the e2e suite's).
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  // forbidden() and unauthorized() from next/navigation: pages that the API refuses say so.
  experimental: { authInterrupts: true },
};

export default nextConfig;
