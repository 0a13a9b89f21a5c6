import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const webPort = process.env.E2E_WEB_PORT ?? '3100';
const apiPort = process.env.E2E_API_PORT ?? '4100';
const baseURL = `http://127.0.0.1:${webPort}`;
// start.mjs --e2e puts the local mail catcher's web view here; set in the environment so the
// test workers (fixtures.ts mailCatcherUrl) read the same.
process.env.E2E_MAIL_PORT ??= String(Number(apiPort) + 1000);
const mailCatcherPort = process.env.E2E_MAIL_PORT;

// Debian's Chromium when present (Playwright's browser download cannot reach its host here).
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: '.',
  testMatch: 'tests/**/*.spec.ts',
  // Two cores run the API, the web server and the browser: one test at a time is steadier.
  workers: 1,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/results.json' }],
  ],
  use: {
    baseURL,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node ../scripts/start.mjs --e2e',
    // /health is proxied to the API: ready only when both the web and the API answer.
    url: `${baseURL}/health`,
    env: {
      API_PORT: apiPort,
      WEB_PORT: webPort,
      MAIL_CATCHER_PORT: mailCatcherPort,
      // Reminders due are looked for every few seconds, not every 5 minutes (reminders.spec.ts).
      REMINDER_SWEEP_SECONDS: process.env.REMINDER_SWEEP_SECONDS ?? '3',
    },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
