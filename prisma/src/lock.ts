// PGlite does not lock its folder, and two processes writing to it lose data silently:
// a lock file next to the folder (pid inside) makes the second process fail clearly instead.
import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Takes the lock for dataDir or throws; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const file = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = readPid(file);
      if (pid !== null && isAlive(pid)) {
        const who = pid === process.pid ? 'this process (opened twice)' : `process ${pid}`;
        throw new Error(
          `The embedded database at ${path.resolve(dataDir)} is in use by ${who}. Stop it or set ` +
            'NABOSKAB_DATA_DIR to another folder (or DATABASE_URL to use PostgreSQL). ' +
            `If no such process is running, delete ${file}.`,
        );
      }
      // Stale: its owner died without releasing it. Take it over (once, to avoid looping).
      if (attempt > 0) throw new Error(`Could not take over the stale lock ${file}.`);
      try {
        unlinkSync(file);
      } catch {}
    }
  }
  const release = () => {
    process.off('exit', release);
    if (readPid(file) === process.pid) {
      try {
        unlinkSync(file);
      } catch {}
    }
  };
  // 'exit' also covers process.exit() and uncaught errors; a kill -9 leaves a stale lock,
  // which the next start takes over because its pid is dead.
  process.on('exit', release);
  return release;
}
