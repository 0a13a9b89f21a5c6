import { defineConfig } from 'vitest/config';

// Each file opens its own database (in-memory PGlite, or a fresh one on TEST_DATABASE_URL /
// DATABASE_URL); seeding the full dataset into PGlite takes a few seconds.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
