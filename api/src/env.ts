import { z } from 'zod';

/** The longest window the anonymous-write limit may be given; the cleanup relies on it. */
export const LONGEST_ANONYMOUS_WRITE_WINDOW_MINUTES = 1440;

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
  ANONYMOUS_WRITE_WINDOW_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .max(LONGEST_ANONYMOUS_WRITE_WINDOW_MINUTES)
    .default(60),
  /** Volunteers inactive for longer than this are anonymised by `npm run anonymise-inactive`. */
  VOLUNTEER_RETENTION_MONTHS: z.coerce.number().int().min(1).max(120).default(24),
  /** Staff sign-in by OpenID Connect (e.g. MitID Erhverv through a broker, or Entra ID): off unless set. */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Comma-separated e-mail domains whose people may sign in by OIDC, e.g. "aarhus.dk,fca.dk". */
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((domain) => domain.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** Referrals' personal data is deleted this long after closing by `npm run purge-referrals`. */
  REFERRAL_RETENTION_MONTHS: z.coerce.number().int().min(1).max(60).default(6),
  /** Outgoing mail server, e.g. smtps://user:pass@smtp.example.dk:465. `npm start` points it at
   *  its local mail catcher; the default is where that catcher listens. */
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'SMTP_URL must be an smtp:// or smtps:// URL' })
    .default('smtp://127.0.0.1:1025'),
  /** Sender of every e-mail: an address, or "Name <address>". */
  MAIL_FROM: z
    .string()
    .regex(/^([^<>]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, 'MAIL_FROM must be an e-mail address')
    .default('Naboskab <no-reply@naboskab.local>'),
  /** Attempts before a message is marked failed (an administrator can retry it). */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  /** First retry delay; each further attempt waits twice as long, at most an hour. */
  MAIL_RETRY_BASE_SECONDS: z.coerce.number().min(0.1).max(3600).default(30),
  /** The HTTP SMS gateway (GatewayAPI's REST API, sms/gateway.ts), e.g. https://gatewayapi.eu.
   *  `npm start` points it at its local catcher. Unset: SMS wait in the outbox as failed attempts. */
  SMS_GATEWAY_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMS_GATEWAY_TOKEN: z.string().default(''),
  /** The sender shown on the phone: up to 11 letters or 15 digits (the gateway's rule). */
  SMS_SENDER: z
    .string()
    .regex(/^([A-Za-z0-9 ]{1,11}|[0-9]{1,15})$/, 'SMS_SENDER must be up to 11 letters or 15 digits')
    .default('Naboskab'),
  /** Shared secret of the gateway's delivery-status webhook (its JWT signature); unset: off. */
  SMS_WEBHOOK_SECRET: z.string().min(16).optional(),
  /** Signs the links in e-mails that need no sign-in (one-click unsubscribe). Required in production. */
  LINK_SECRET: z.string().min(32).optional(),
  /** How often the notification worker looks for day-before reminders that are due. */
  REMINDER_SWEEP_SECONDS: z.coerce.number().min(1).max(3600).default(300),
  /** `off`: this API process does not deliver; run `npm run mail-worker -w @naboskab/api` instead. */
  MAIL_WORKER: z.enum(['on', 'off']).default('on'),
});

export type Env = z.output<typeof schema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = schema
    .refine((env) => env.NODE_ENV !== 'production' || env.LINK_SECRET, {
      message: 'LINK_SECRET (32 characters or more) is required in production',
    })
    .refine((env) => !env.OIDC_ISSUER || (env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET), {
      message: 'OIDC_ISSUER needs OIDC_CLIENT_ID and OIDC_CLIENT_SECRET',
    })
    .safeParse(source);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
