import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { MigrationTarget, PrismaClient } from '../src/index.ts';
import { readMigrations } from '../src/migrations-dir.ts';
import { createPglite } from '../src/pglite.ts';

/** The PostgreSQL server the suite may use, if any (the same variables as createTestDatabase). */
export const serverUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;

/** The smallest graph a booking, a grant and a sign-on fee need. */
export async function seedBasics(prisma: PrismaClient) {
  const org = await prisma.organisation.create({
    data: { name: 'Boligforeningen', kind: 'HOUSING_ORGANISATION' },
  });
  const partnership = await prisma.partnership.create({
    data: { name: 'Sammen i Gellerup', slug: `p-${crypto.randomUUID()}`, startsOn: new Date('2026-01-01') },
  });
  const person = await prisma.person.create({ data: { name: 'Kim' } });
  const user = await prisma.user.create({
    data: { personId: person.id, email: `${person.id}@example.dk`, passwordHash: 'x', role: 'COORDINATOR' },
  });
  const resource = await prisma.resource.create({
    data: { ownerOrganisationId: org.id, partnershipId: partnership.id, kind: 'ROOM', title: 'Fælleshuset' },
  });
  const member = await prisma.partnershipMember.create({
    data: { partnershipId: partnership.id, organisationId: org.id, role: 'LEAD' },
  });
  return { org, partnership, person, user, resource, member };
}

/** 2026-11-02 at the given hour (UTC): short dates keep the booking tests readable. */
export const at = (hour: number) => new Date(Date.UTC(2026, 10, 2, hour));

const tempDirs: string[] = [];

/** A fresh folder under the OS temp dir, deleted by removeTempDirs() (call it in afterAll). */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `naboskab-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A migrations folder in a temp dir, from { name: sql }. */
export function migrationsFolder(migrations: Record<string, string>): string {
  const dir = tempDir('migrations');
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

/**
 * For a data migration's test: the migrations before `migration`, and it too when `include`, as a
 * folder the applier reads (later migrations are not the test's subject).
 */
export const migrationsUntil = (migration: string, include: boolean) =>
  migrationsFolder(
    Object.fromEntries(
      readMigrations()
        .filter((m) => m.name < migration || (include && m.name === migration))
        .map((m) => [m.name, m.sql]),
    ),
  );

/** An empty, unmigrated database on the test server, dropped by cleanup(). */
export async function scratchPostgres(url: string) {
  const name = `naboskab_t_${crypto.randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  return {
    client,
    url: target.toString(),
    async cleanup() {
      await client.end();
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Fresh, unmigrated databases to migrate: PGlite always, PostgreSQL when a server URL is set. */
export function migrationTargets() {
  const targets: [string, () => Promise<{ client: MigrationTarget; cleanup(): Promise<void> }>][] = [
    [
      'pglite',
      async () => {
        const client = await createPglite();
        return { client, cleanup: () => client.close() };
      },
    ],
  ];
  const url = serverUrl;
  if (url) targets.push(['postgres', () => scratchPostgres(url)]);
  return targets;
}

// pg.Client and PGlite both return { rows } here; their query() signatures just do not unify.
export const query = async <T>(client: MigrationTarget, sql: string, params: unknown[] = []) =>
  (
    await (client.query as (sql: string, params: unknown[]) => Promise<{ rows: T[] }>).call(
      client,
      sql,
      params,
    )
  ).rows;
