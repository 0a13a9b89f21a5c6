// schema.prisma and migrations/ must agree: a schema change without `npm run migration:new`
// fails here. Each diff replays the migrations on an in-memory PGlite (~5 s).
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSchema } from '../src/engine.ts';
import { migrationsDir, schemaPath } from '../src/paths.ts';
import { removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

function scratchCopy() {
  const dir = tempDir('drift');
  cpSync(migrationsDir, path.join(dir, 'migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'schema.prisma'), readFileSync(schemaPath, 'utf8'));
  return { migrationsDir: path.join(dir, 'migrations'), schemaPath: path.join(dir, 'schema.prisma') };
}

describe('migration drift', () => {
  it('schema.prisma is in sync with the migrations (hand-written CHECK/EXCLUDE included)', async () => {
    const { exitCode, sql } = await diffSchema();
    expect(sql).toMatch(/empty migration/i);
    expect(exitCode, `schema.prisma needs a migration: npm run migration:new -- <name>\n${sql}`).toBe(0);
  });

  it('reports a schema change that has no migration', async () => {
    const copy = scratchCopy();
    writeFileSync(
      copy.schemaPath,
      `${readFileSync(copy.schemaPath, 'utf8')}\nmodel DriftProbe {\n  id Int @id\n}\n`,
    );
    const { exitCode, sql } = await diffSchema(copy);
    expect(exitCode).toBe(2);
    expect(sql).toContain('CREATE TABLE "DriftProbe"');
  });

  it('fails loudly when a migration does not apply on the shadow database', async () => {
    const copy = scratchCopy();
    const first = readdirSync(copy.migrationsDir)
      .filter((name) => /^\d{14}_/.test(name))
      .sort()[0];
    writeFileSync(path.join(copy.migrationsDir, String(first), 'migration.sql'), 'SELECT nope;');
    await expect(diffSchema(copy)).rejects.toThrow(/failed to apply cleanly to the shadow database/);
  });
});
