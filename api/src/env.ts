import { z } from 'zod';

// Every environment variable the API reads, validated once at start.
const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_PORT: z.coerce.number().int().min(1).max(65_535).default(4000),
  API_HOST: z.string().default('127.0.0.1'),
  /** Where people reach the web app; calendar feeds and e-mails link here. */
  PUBLIC_URL: z.url().default('http://127.0.0.1:3000'),
  /** Further origins (comma-separated) whose pages may call the API with the session cookie. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url().transform((url) => new URL(url).origin))),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(12 * 60),
  SESSION_ABSOLUTE_DAYS: z.coerce.number().int().positive().default(14),
  // Sign-in delays (auth/sign-in-throttle.ts): so many failures are free, then each further one
  // doubles the wait from the first delay up to the maximum.
  SIGN_IN_FREE_FAILURES_PER_ACCOUNT_ADDRESS: z.coerce.number().int().positive().default(5),
  SIGN_IN_FREE_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(30),
  SIGN_IN_FREE_FAILURES_PER_ACCOUNT: z.coerce.number().int().positive().default(20),
  SIGN_IN_FIRST_DELAY_SECONDS: z.coerce.number().int().positive().max(3600).default(1),
  SIGN_IN_MAX_DELAY_MINUTES: z.coerce.number().int().positive().max(1440).default(15),
  /** Mutations without a session (registration and the like) allowed per address and window. */
  ANONYMOUS_WRITE_LIMIT: z.coerce.number().int().positive().default(30),
  ANONYMOUS_WRITE_WINDOW_MINUTES: z.coerce.number().int().positive().max(1440).default(60),
  /** Volunteers inactive for longer than this are anonymised by `npm run anonymise-inactive`. */
  VOLUNTEER_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
});

export type Env = z.infer<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
