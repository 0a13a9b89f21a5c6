// Retention: deletes the personal data of referrals closed more than REFERRAL_RETENTION_MONTHS
// (default 6) ago; counts, states, durations and folded measures stay. Run from cron, e.g.
// nightly: `npm run purge-referrals -w @naboskab/api`. `--dry-run` only counts.
import { openDatabase } from '@naboskab/db';
import { purgeClosedReferrals } from '../src/domain/referral/purge-closed-referrals.ts';
import { readEnv } from '../src/env.ts';

const env = readEnv();
const dryRun = process.argv.includes('--dry-run');
const database = await openDatabase();
try {
  const { cutoff, purged } = await purgeClosedReferrals(database.prisma, {
    months: env.REFERRAL_RETENTION_MONTHS,
    dryRun,
  });
  const day = cutoff.toISOString().slice(0, 10);
  console.info(
    `${dryRun ? 'Would delete' : 'Deleted'} the personal data of ${purged} referral(s) closed before ${day} (${env.REFERRAL_RETENTION_MONTHS} months).`,
  );
} finally {
  await database.close();
}
