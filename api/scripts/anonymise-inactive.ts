// Retention: anonymises volunteers inactive for longer than VOLUNTEER_RETENTION_MONTHS (default
// 24). Run from cron, e.g. nightly: `npm run anonymise-inactive -w @naboskab/api`.
// `--dry-run` only counts.
import { openDatabase } from '@naboskab/db';
import { anonymiseInactiveVolunteers } from '../src/domain/anonymise-inactive-volunteers.ts';
import { readEnv } from '../src/env.ts';

const env = readEnv();
const dryRun = process.argv.includes('--dry-run');
const database = await openDatabase();
try {
  const { cutoff, anonymised } = await anonymiseInactiveVolunteers(database.prisma, {
    months: env.VOLUNTEER_RETENTION_MONTHS,
    dryRun,
  });
  const day = cutoff.toISOString().slice(0, 10);
  console.info(
    `${dryRun ? 'Would anonymise' : 'Anonymised'} ${anonymised} volunteer(s) inactive since before ${day} (${env.VOLUNTEER_RETENTION_MONTHS} months).`,
  );
} finally {
  await database.close();
}
