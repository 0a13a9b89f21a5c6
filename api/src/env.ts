import { z } from 'zod';

// Every environment variable the API reads, validated once at start.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_PORT: z.coerce.number().int().min(1).max(65_535).default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  /** Where people reach the web app; calendar feeds and e-mails link here. */
  PUBLIC_URL: z.url().default('http://127.0.0.1:3000'),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(12 * 60),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().positive().default(14),
  SIGN_IN_MAX_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().positive().default(5),
  SIGN_IN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().positive().default(30),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Volunteers inactive for longer than this are anonymised by `npm run anonymise-inactive`. */
  VOLUNTEER_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Referrals' personal data is deleted this long after closing by `npm run purge-referrals`. */
  REFERRAL_RETENTION_MONTHS: z.coerce.number().int().min(1).max(60).default(6),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
