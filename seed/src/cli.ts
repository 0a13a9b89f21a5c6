// npm run seed -w @naboskab/seed -- [--scale N] [--reset] [--now YYYY-MM-DD] [--quiet]
import { parseArgs } from 'node:util';
import { openDatabase } from '@naboskab/db';
import { seedDemo } from './index.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    reset: { type: 'boolean', default: false },
    now: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
});
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1)
  throw new Error(`--scale must be a positive integer, not ${values.scale}`);

const db = await openDatabase();
try {
  console.log(
    `Seeding ${db.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'the embedded PGlite database'} at scale ${scale}…`,
  );
  const summary = await seedDemo(db.prisma, {
    scale,
    reset: values.reset,
    now: values.now ? new Date(`${values.now}T00:00:00Z`) : undefined,
    log: values.quiet ? undefined : (message) => console.log(`  ${message}`),
  });
  console.log(
    summary.skipped
      ? 'The database was already seeded: nothing written (use --reset to start over).'
      : `Seeded in ${(summary.durationMs / 1000).toFixed(1)} s (relative to ${summary.now.toISOString().slice(0, 10)}).`,
  );
  console.table(summary.counts);
  console.log('Demo accounts:');
  console.table(
    summary.demoAccounts.map(({ email, password, role, description }) => ({
      email,
      password,
      role,
      description,
    })),
  );
} finally {
  await db.close();
}
