// Many processes starting at once over one embedded database folder: exactly one may win.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from '../src/lock.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const fixture = path.join(import.meta.dirname, 'fixtures', 'take-lock.ts');
const contenders = path.join(import.meta.dirname, 'fixtures', 'lock-contenders.ts');

function takeInChild(dataDir: string, startAt: number, holdMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      'tsx',
      fixture,
      dataDir,
      String(startAt),
      String(holdMs),
    ]);
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('exit', () => resolve(out.trim()));
  });
}

const deadPid = () =>
  spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout;

describe('the embedded database lock under a race', () => {
  it('lets exactly one of several threads take over a stale lock, in each of 500 rounds', () => {
    const dataDir = path.join(tempDir('lock-threads'), 'pglite');
    const run = spawnSync(process.execPath, ['--import', 'tsx', contenders, dataDir, '4', '500', deadPid()], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(run.stderr).toBe('');
    const winners = run.stdout.trim().split(',').map(Number);
    expect(winners).toHaveLength(500);
    expect(winners.filter((n) => n !== 1)).toEqual([]);
  });

  it('lets exactly one of many processes take over a stale lock, every time', {
    timeout: 240_000,
  }, async () => {
    const root = tempDir('lock-race');
    const children = 4;
    for (let round = 0; round < 4; round++) {
      const dataDir = path.join(root, `pglite-${round}`);
      // Half the rounds start from a stale lock (its owner died), half from none.
      if (round % 2 === 0) writeFileSync(`${dataDir}.lock`, deadPid());
      const startAt = Date.now() + 2_500;
      const results = await Promise.all(
        Array.from({ length: children }, () => takeInChild(dataDir, startAt, 2_000)),
      );
      expect(
        results.filter((r) => r === 'won'),
        `round ${round}: ${results.join(', ')}`,
      ).toHaveLength(1);
      expect(results.filter((r) => r === 'busy')).toHaveLength(children - 1);
    }
  });

  it('gives a folder reached through a symlink the same lock as its real path', () => {
    const root = tempDir('lock-link');
    const real = path.join(root, 'real', 'pglite');
    mkdirSync(real, { recursive: true });
    const link = path.join(root, 'pglite-link');
    symlinkSync(real, link);
    const release = lockDataDir(real);
    try {
      expect(() => lockDataDir(link)).toThrow(/in use by this process/);
      expect(readFileSync(`${real}.lock`, 'utf8').trim()).toBe(String(process.pid));
    } finally {
      release();
    }
    const viaLink = lockDataDir(link);
    try {
      expect(() => lockDataDir(real)).toThrow(/in use by this process/);
    } finally {
      viaLink();
    }
  });
});
