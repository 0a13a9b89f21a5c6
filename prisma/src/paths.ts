import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Every path is derived from this file so scripts, tests and the API agree wherever they run from.
export const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(packageDir, '..');
export const schemaPath = path.join(packageDir, 'schema.prisma');
export const migrationsDir = path.join(packageDir, 'migrations');

export function defaultDataDir(): string {
  return process.env.NABOSKAB_DATA_DIR ?? path.join(repoRoot, '.data', 'pglite');
}
