import { defineConfig } from 'vitest/config';

// Each file opens its own database (an in-memory PGlite takes ~2-3 s to start and migrate; the
// schema-engine diffs ~5 s each), so timeouts are generous.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
