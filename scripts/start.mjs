#!/usr/bin/env node
// `npm start`: from a fresh clone to a running, seeded Naboskab (API + web) in one command.
// Node built-ins only, so it can run before `npm ci`.
//   --e2e  used by the Playwright suite: skip install/generate/build, use a fresh throwaway
//          database (a new PostgreSQL database when DATABASE_URL is set, else a temporary PGlite
//          folder) and remove it again on exit.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureInstalled, repoRoot, runAsync, timed, waitForUrl } from './lib.mjs';

const e2e = process.argv.includes('--e2e');
const apiPort = process.env.API_PORT ?? (e2e ? '4100' : '4000');
const webPort = process.env.WEB_PORT ?? (e2e ? '3100' : '3000');
const host = '127.0.0.1';
// No mail server to install: unless SMTP_URL names a real one, a local catcher receives every
// e-mail and, unless SMS_GATEWAY_URL names a real gateway, every SMS, and shows them in the browser.
const catchMail = !process.env.SMTP_URL;
const mailPort = process.env.MAIL_CATCHER_PORT ?? (e2e ? String(Number(apiPort) + 1000) : '1080');
const mailSmtpPort = process.env.MAIL_CATCHER_SMTP_PORT ?? (e2e ? String(Number(apiPort) + 1001) : '1025');
// The e2e server also runs a real local OpenID provider (a dev dependency) for staff sign-in,
// unless OIDC_ISSUER names one; `npm start` offers OIDC only when OIDC_* is set.
const localOidc = e2e && !process.env.OIDC_ISSUER;
const oidcPort = process.env.OIDC_PROVIDER_PORT ?? String(Number(apiPort) + 1002);
const env = {
  ...process.env,
  API_PORT: apiPort,
  API_URL: `http://${host}:${apiPort}`,
  PUBLIC_URL: process.env.PUBLIC_URL ?? `http://${host}:${webPort}`,
  SMTP_URL: process.env.SMTP_URL ?? `smtp://${host}:${mailSmtpPort}`,
  MAIL_CATCHER_PORT: mailPort,
  MAIL_CATCHER_SMTP_PORT: mailSmtpPort,
  // The catcher speaks the SMS gateway's API (GatewayAPI's POST /rest/mtsms) and wants any token.
  ...(catchMail && !process.env.SMS_GATEWAY_URL
    ? { SMS_GATEWAY_URL: `http://${host}:${mailPort}`, SMS_GATEWAY_TOKEN: 'local-catcher' }
    : {}),
  ...(localOidc && {
    OIDC_PROVIDER_PORT: oidcPort,
    OIDC_ISSUER: `http://${host}:${oidcPort}`,
    OIDC_CLIENT_ID: 'naboskab-e2e',
    OIDC_CLIENT_SECRET: randomBytes(24).toString('base64url'),
  }),
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
};
const cleanups = [];

const children = [];
// Set up before anything starts: the API may already run while the web still builds.
let stopping = false;
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
const seed = () => runAsync('npm', ['run', 'seed', '--silent', '-w', '@naboskab/seed'], { env });
// The API (and the mail catcher) start as soon as the database is seeded, while the web builds.
const serveApi = () => {
  if (catchMail) children.push(serve('mail', ['run', 'mail-catcher', '--silent', '-w', '@naboskab/api']));
  if (localOidc) children.push(serve('oidc', ['run', 'oidc-provider', '--silent', '-w', '@naboskab/api']));
  children.push(serve('api', ['run', 'start', '--silent', '-w', '@naboskab/api']));
};
if (e2e) {
  await useThrowawayDatabase();
  await seed();
  serveApi();
} else {
  await timed('Install', async () => ensureInstalled());
  // Two independent chains side by side: the database (Prisma client, seed, API) and the web (its
  // GraphQL types from the committed api/schema.graphql, then `next build`). The API's own
  // generate step only rewrites that committed file, which a test keeps in sync with the code.
  const steps = Promise.all([
    timed('Database seeded (prisma generate + seed)', async () => {
      await runAsync('npm', ['run', 'generate', '--silent', '-w', '@naboskab/db'], { env });
      await seed();
      serveApi();
    }),
    timed('Web built (generate + next build)', async () => {
      await runAsync('npm', ['run', 'generate', '--silent', '-w', '@naboskab/web'], { env });
      // No earlier build to reuse: skip writing Turbopack's build cache (see next.config.ts).
      const fresh = !existsSync(path.join(repoRoot, 'web', process.env.NEXT_DIST_DIR ?? '.next'));
      await runAsync('npm', ['run', 'build', '--silent', '-w', '@naboskab/web'], {
        env: { ...env, ...(fresh ? { NABOSKAB_BUILD_CACHE: 'off' } : {}) },
      });
    }),
  ]);
  // A failed step stops what already runs (the API) instead of leaving it behind.
  await steps.catch((error) => {
    console.error(error.message);
    stop(1);
    return new Promise(() => {});
  });
}
children.push(
  serve('web', ['exec', '-w', '@naboskab/web', '--', 'next', 'start', '-p', webPort, '-H', host]),
);
await waitForUrl(`http://${host}:${apiPort}/health`);
await waitForUrl(`http://${host}:${webPort}/`);
if (catchMail) await waitForUrl(`http://${host}:${mailPort}/health`);
if (localOidc) await waitForUrl(`${env.OIDC_ISSUER}/.well-known/openid-configuration`);
const mailLine = catchMail
  ? `E-mail:   every message the app sends is shown at http://${host}:${mailPort}/ (local mail catcher)`
  : `E-mail:   sent through ${new URL(env.SMTP_URL).host} (SMTP_URL)`;
console.info(`
  Naboskab is running: http://${host}:${webPort}/   (API: http://${host}:${apiPort}/graphql)
  ${mailLine}
  Database: ${env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${env.NABOSKAB_DATA_DIR ?? '.data/pglite'}`}
  Demo accounts are listed above (password for all: see "Demo accounts"). Stop with Ctrl+C.
`);

function serve(name, args) {
  // Own process group, so stopping reaches `next start`'s forked child too.
  const child = spawn('npm', args, { cwd: repoRoot, env, stdio: 'inherit', detached: true });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`${name} stopped (${signal ?? code}); stopping Naboskab.`);
      stop(1);
    }
  });
  return child;
}

function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  }
  // Give the API time to close the database (PGlite writes on close) before cleaning up.
  setTimeout(async () => {
    for (const cleanup of cleanups) await cleanup();
    process.exit(code);
  }, 1500);
}

async function useThrowawayDatabase() {
  if (process.env.DATABASE_URL) {
    const server = new URL(process.env.DATABASE_URL);
    const name = `naboskab_e2e_${randomBytes(4).toString('hex')}`;
    const { default: pg } = await import('pg');
    const admin = async (sql) => {
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE "${name}"`);
    server.pathname = `/${name}`;
    env.DATABASE_URL = server.toString();
    cleanups.push(() => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {}));
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'naboskab-e2e-'));
    env.NABOSKAB_DATA_DIR = path.join(dir, 'pglite');
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  }
}
