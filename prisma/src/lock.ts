// PGlite does not lock its folder, and two processes writing to it lose data silently:
// a lock file next to the folder (pid inside) makes the second process fail clearly instead.
import { randomUUID } from 'node:crypto';
import {
  linkSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';

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

function inodeOf(file: string): number | null {
  try {
    return statSync(file).ino;
  } catch {
    return null;
  }
}

function removeQuietly(file: string) {
  try {
    unlinkSync(file);
  } catch {}
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * One attempt. The lock file appears only complete and only atomically: linked from a file that
 * already holds our pid, or renamed over a stale one. Replacing a stale lock is claimed first
 * with a file named after the stale lock's inode, so of all the processes that found the same
 * stale lock exactly one replaces it; the others retry and find the new owner alive.
 */
function tryTake(file: string, dataDir: string): boolean {
  const mine = `${file}.${process.pid}.${randomUUID()}`;
  writeFileSync(mine, `${process.pid}\n`);
  try {
    try {
      linkSync(mine, file);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const staleInode = inodeOf(file);
    if (staleInode === null) return false;
    const pid = readPid(file);
    if (pid !== null && isAlive(pid)) throw inUse(dataDir, file, pid);
    const claim = `${file}.takeover-${staleInode}`;
    try {
      writeFileSync(claim, `${process.pid}\n`, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      if (inodeOf(file) !== staleInode) return false;
      renameSync(mine, file);
      return true;
    } finally {
      removeQuietly(claim);
    }
  } finally {
    removeQuietly(mine);
  }
}

function inUse(dataDir: string, file: string, pid: number): Error {
  const who = pid === process.pid ? 'this process (opened twice)' : `process ${pid}`;
  return new Error(
    `The embedded database at ${dataDir} is in use by ${who}. Stop it or set ` +
      'NABOSKAB_DATA_DIR to another folder (or DATABASE_URL to use PostgreSQL). ' +
      `If no such process is running, delete ${file}.`,
  );
}

/** Takes the lock for dataDir or throws; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  // Keyed on the real path, so a folder reached through a symlink has the same lock.
  mkdirSync(dataDir, { recursive: true });
  const real = realpathSync(dataDir);
  const file = `${real}.lock`;
  let taken = false;
  for (let attempt = 0; attempt < 50 && !taken; attempt++) {
    if (attempt > 0) sleep(20);
    taken = tryTake(file, real);
  }
  if (!taken) {
    throw new Error(
      `Could not take the lock ${file}: another start-up seems stuck taking it over. ` +
        `If no process uses ${real}, delete ${file} and any ${file}.takeover-* file.`,
    );
  }
  const release = () => {
    process.off('exit', release);
    if (readPid(file) === process.pid) removeQuietly(file);
  };
  // 'exit' also covers process.exit() and uncaught errors; a kill -9 leaves a stale lock,
  // which the next start takes over because its pid is dead.
  process.on('exit', release);
  return release;
}
