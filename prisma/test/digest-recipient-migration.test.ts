// The data migration digest_recipient, applied by src/migrate.ts to a database holding rows as the
// version before it wrote them: PGlite always, PostgreSQL when a server URL is set.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { applyMigrations, type MigrationTarget } from '../src/migrate.ts';
import { migrationsUntil, migrationTargets, query, removeTempDirs } from './helpers.ts';

afterAll(removeTempDirs);

const MIGRATION = '20261206130000_digest_recipient';

/** The migrations before this one, applied: the database as the previous version left it. */
async function migratedUpToIt(client: MigrationTarget) {
  await applyMigrations(client, { migrationsDir: migrationsUntil(MIGRATION, false) });
}

async function createUser(client: MigrationTarget, email: string): Promise<string> {
  const [person] = await query<{ id: string }>(
    client,
    `INSERT INTO "Person" (id, name) VALUES (gen_random_uuid(), 'Kim') RETURNING id`,
  );
  const [user] = await query<{ id: string }>(
    client,
    `INSERT INTO "User" (id, "personId", email, "passwordHash", role, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'x', 'COORDINATOR', now()) RETURNING id`,
    [person?.id, email],
  );
  return user?.id ?? '';
}

const items = [{ kind: 'booking.cancelled', activity: 'Festsalen', startsAt: null, place: null, path: '/' }];

/** An outbox row as the version before digests named their recipient wrote it (or as given). */
async function outboxRow(
  client: MigrationTarget,
  row: { recipient: string; status?: string; kind?: string; data?: object },
): Promise<string> {
  const [created] = await query<{ id: string }>(
    client,
    `INSERT INTO "OutboxMessage" (id, kind, recipient, locale, subject, data, status, "updatedAt")
     VALUES (gen_random_uuid(), $1, $2, 'da', 'Naboskab i dag: 1 nyt varsel', $3, $4::"OutboxStatus", now())
     RETURNING id`,
    [
      row.kind ?? 'notification.digest',
      row.recipient,
      JSON.stringify(row.data ?? { frequency: 'DAILY', items }),
      row.status ?? 'PENDING',
    ],
  );
  return created?.id ?? '';
}

describe.each(migrationTargets())('migration digest_recipient on %s', (_kind, open) => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(() => cleanup?.());

  it("names the recipient's account in digests still to be sent, and changes nothing else", async () => {
    const target = await open();
    cleanup = target.cleanup;
    const { client } = target;
    await migratedUpToIt(client);

    const kim = await createUser(client, 'kim@example.dk');
    const other = await createUser(client, 'other@example.dk');
    const pending = await outboxRow(client, { recipient: 'kim@example.dk' });
    const failed = await outboxRow(client, { recipient: 'kim@example.dk', status: 'FAILED' });
    const sent = await outboxRow(client, { recipient: 'kim@example.dk', status: 'SENT' });
    // The address is no longer anyone's (changed since): no account to name.
    const orphan = await outboxRow(client, { recipient: 'gone@example.dk' });
    // Written by the current version: already names its recipient, even if the address moved since.
    const current = await outboxRow(client, {
      recipient: 'kim@example.dk',
      data: { userId: other, frequency: 'WEEKLY', items },
    });
    const welcome = await outboxRow(client, {
      recipient: 'kim@example.dk',
      kind: 'account.welcome',
      data: {},
    });

    // Later migrations are not this test's subject: the applier sees the folder up to this one.
    expect(await applyMigrations(client, { migrationsDir: migrationsUntil(MIGRATION, true) })).toEqual([
      MIGRATION,
    ]);

    const rows = await query<{ id: string; data: Record<string, unknown> }>(
      client,
      'SELECT id, data FROM "OutboxMessage"',
    );
    const dataOf = (id: string) => rows.find((row) => row.id === id)?.data;
    expect(dataOf(pending)).toEqual({ userId: kim, frequency: 'DAILY', items });
    expect(dataOf(failed)).toEqual({ userId: kim, frequency: 'DAILY', items });
    expect(dataOf(sent)).toEqual({ frequency: 'DAILY', items });
    expect(dataOf(orphan)).toEqual({ frequency: 'DAILY', items });
    expect(dataOf(current)).toEqual({ userId: other, frequency: 'WEEKLY', items });
    expect(dataOf(welcome)).toEqual({});
  });
});
