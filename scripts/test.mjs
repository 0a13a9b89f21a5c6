#!/usr/bin/env node
// `npm test`: every check and test of every package, from a fresh clone.
// Against PostgreSQL when DATABASE_URL is set (each test file gets its own fresh database),
// against the embedded PGlite when it is not.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureInstalled, readJson, repoRoot, run } from './lib.mjs';

const results = path.join(repoRoot, '.test-results');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', TURBO_TELEMETRY_DISABLED: '1' };
const unitPackages = ['prisma', 'seed', 'api'];
let failure;

try {
  ensureInstalled();
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  run('npx', ['turbo', 'run', 'generate', '--output-logs=errors-only'], { env });
  run('npm', ['run', 'lint', '--silent'], { env });
  run('npx', ['turbo', 'run', 'typecheck', '--output-logs=errors-only'], { env });
  console.info(`\nUnit and integration tests (${env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'})`);
  for (const pkg of unitPackages) {
    const outputFile = path.join(results, `${pkg}.json`);
    run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`], {
      cwd: path.join(repoRoot, pkg),
      env,
    });
  }
  // The web's build scripts: Node's own test runner (no test framework in the web package).
  run(
    'node',
    [
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${path.join(results, 'web-scripts.tap')}`,
      'scripts/',
    ],
    { cwd: path.join(repoRoot, 'web'), env },
  );
  ensureBrowser();
  run('npm', ['run', 'build', '--silent', '-w', '@naboskab/web'], { env });
  run('npx', ['playwright', 'test'], {
    cwd: path.join(repoRoot, 'e2e'),
    env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'e2e.json') },
  });
} catch (error) {
  failure = error;
}

const { passed, failed } = summarise();
if (failure) console.error(`\n${failure.message}`);
console.info(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failure || failed > 0 ? 1 : 0);

/** Debian's Chromium for Playwright (its own browser download cannot reach its host here). */
function ensureBrowser() {
  if (process.env.CHROMIUM_PATH || existsSync('/usr/bin/chromium')) return;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.info('Installing Chromium from Debian for the browser tests…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], {
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return;
  }
  console.warn(
    "No /usr/bin/chromium: using Playwright's own browser (install it with `npx playwright install chromium`).",
  );
}

function summarise() {
  let passed = 0;
  let failed = 0;
  for (const pkg of unitPackages) {
    const file = path.join('.test-results', `${pkg}.json`);
    if (!existsSync(path.join(repoRoot, file))) continue;
    const report = readJson(file);
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  const webScripts = path.join(results, 'web-scripts.tap');
  if (existsSync(webScripts)) {
    const tap = readFileSync(webScripts, 'utf8');
    passed += Number(/^# pass (\d+)$/m.exec(tap)?.[1] ?? 0);
    failed += Number(/^# fail (\d+)$/m.exec(tap)?.[1] ?? 0);
  }
  const e2e = path.join('.test-results', 'e2e.json');
  if (existsSync(path.join(repoRoot, e2e))) {
    const { stats } = readJson(e2e);
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected;
  }
  return { passed, failed };
}
