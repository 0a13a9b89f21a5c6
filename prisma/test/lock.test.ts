// The embedded database's folder lock: PGlite itself does not stop two processes sharing it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/index.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const fixture = path.join(import.meta.dirname, 'fixtures', 'open-database.ts');
const openInChild = (dataDir: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', fixture, dataDir], { encoding: 'utf8', timeout: 60_000 });

describe('the embedded database folder', () => {
  const dataDir = path.join(tempDir('lock'), 'pglite');
  const lockFile = `${dataDir}.lock`;

  it('refuses a second process while open, with a clear message', async () => {
    const db = await openDatabase({ dataDir });
    try {
      expect(db.kind).toBe('pglite');
      expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
      await db.prisma.region.create({ data: { code: '1085', name: 'Sjælland', boundary: {} } });
      const child = openInChild(dataDir);
      expect(child.status).toBe(1);
      expect(child.stderr).toContain(
        `The embedded database at ${dataDir} is in use by process ${process.pid}.`,
      );
      expect(child.stderr).toContain('NABOSKAB_DATA_DIR');
      await expect(openDatabase({ dataDir })).rejects.toThrow(/in use by this process/);
    } finally {
      await db.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it('is released when a process exits without close(), and keeps the data', () => {
    const child = openInChild(dataDir);
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('opened 1');
    expect(existsSync(lockFile)).toBe(false);
  });

  it('takes over a lock whose process is gone', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    writeFileSync(lockFile, dead.stdout);
    const db = await openDatabase({ dataDir });
    try {
      expect(readFileSync(lockFile, 'utf8').trim()).toBe(String(process.pid));
      expect(await db.prisma.region.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
});
