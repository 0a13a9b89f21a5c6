// npm run migration:new -- <name>: writes the SQL that brings the migrations up to schema.prisma.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { diffSchema } from '../src/engine.ts';
import { lockfileContent } from '../src/migrations-dir.ts';
import { migrationsDir } from '../src/paths.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run migration:new -- <name>   (lower case, digits and _ only)');
  process.exit(1);
}

const { exitCode, sql } = await diffSchema();
if (exitCode === 0 || sql.trim() === '' || /empty migration/i.test(sql)) {
  console.log('schema.prisma and the migrations are already in sync: nothing written.');
  process.exit(0);
}

// Prisma's own folder format: UTC yyyyMMddHHmmss, so names sort in the order they were made.
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, 'migration.sql'), sql);
writeFileSync(path.join(migrationsDir, 'migration_lock.toml'), lockfileContent);
console.log(`Wrote ${path.relative(process.cwd(), path.join(folder, 'migration.sql'))}`);
