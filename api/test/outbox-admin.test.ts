import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueEmail } from '../src/mail/outbox.ts';
import { startMailCatcher, startTestMailWorker, unusedPort } from './mail-support.ts';
import { startTestApi, type TestClient } from './support.ts';

const LIST = /* GraphQL */ `
  query Outbox($status: OutboxStatus, $first: Int) {
    outboxMessages(status: $status, first: $first) {
      totalCount
      edges { node { id kind recipient subject status attempts lastError nextAttemptAt sentAt sensitive } }
    }
  }
`;
const RETRY = /* GraphQL */ `
  mutation Retry($input: RetryOutboxMessageInput!) {
    retryOutboxMessage(input: $input) {
      __typename
      ... on RetryOutboxMessageSuccess { outboxMessage { status attempts } }
      ... on Error { message }
    }
  }
`;
const gid = (id: string) => Buffer.from(`OutboxMessage:${id}`).toString('base64');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the outbox for administrators', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let admin: TestClient;
  let coordinator: TestClient;
  let failedId: string;
  beforeAll(async () => {
    app = await startTestApi();
    const people = {
      admin: await createUser(app.prisma, { role: 'ADMIN' }),
      coordinator: await createUser(app.prisma, { role: 'COORDINATOR' }),
    };
    admin = app.client();
    await admin.signIn(people.admin.user.email, people.admin.password);
    coordinator = app.client();
    await coordinator.signIn(people.coordinator.user.email, people.coordinator.password);

    // One message that fails for good (one attempt against a server that is down).
    const port = await unusedPort();
    const worker = await startTestMailWorker(app.db, `smtp://127.0.0.1:${port}`, { MAIL_MAX_ATTEMPTS: '1' });
    const { id } = await app.prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        to: 'failed@example.dk',
        locale: 'da',
        kind: 'account.welcome',
        data: { name: 'F' },
      }),
    );
    failedId = id;
    for (let i = 0; i < 200; i++) {
      if ((await app.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status === 'FAILED') break;
      await sleep(50);
    }
    await worker.stop();
    await app.prisma.$transaction((tx) =>
      enqueueEmail(tx, {
        to: 'waiting@example.dk',
        locale: 'en',
        kind: 'account.welcome',
        data: { name: 'W' },
      }),
    );
  });
  afterAll(() => app.close());

  it('lists messages with status, attempts and the failure reason, filtered by status', async () => {
    const all = await admin.gql(LIST);
    expect(all.data?.outboxMessages.totalCount).toBe(2);
    const failed = await admin.gql(LIST, { status: 'FAILED' });
    expect(failed.data?.outboxMessages.edges).toEqual([
      {
        node: expect.objectContaining({
          id: gid(failedId),
          kind: 'account.welcome',
          recipient: 'failed@example.dk',
          subject: 'Velkommen til Naboskab',
          status: 'FAILED',
          attempts: 1,
          nextAttemptAt: null,
          sentAt: null,
          sensitive: false,
        }),
      },
    ]);
    expect(failed.data?.outboxMessages.edges[0].node.lastError).toMatch(/ECONNREFUSED/);
    const pending = await admin.gql(LIST, { status: 'PENDING' });
    expect(pending.data?.outboxMessages.edges.map((e: any) => e.node.recipient)).toEqual([
      'waiting@example.dk',
    ]);
  });

  it('is for administrators only', async () => {
    for (const client of [coordinator, app.client()]) {
      const list = await client.gql(LIST);
      expect(list.data?.outboxMessages ?? null).toBeNull();
      expect(list.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      const retry = await client.gql(RETRY, { input: { messageId: gid(failedId) } });
      expect(retry.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    expect((await app.prisma.outboxMessage.findUniqueOrThrow({ where: { id: failedId } })).status).toBe(
      'FAILED',
    );
  });

  it('retries a failed message once, even when two administrators press retry together, and it is delivered', async () => {
    const catcher = await startMailCatcher();
    const worker = await startTestMailWorker(app.db, catcher.url);
    try {
      const results = await Promise.all(
        [admin, admin].map((client) => client.gql(RETRY, { input: { messageId: gid(failedId) } })),
      );
      const kinds = results.map((r) => r.data?.retryOutboxMessage.__typename).sort();
      expect(kinds).toEqual(['ConflictError', 'RetryOutboxMessageSuccess']);
      expect(results.find((r) => r.data?.retryOutboxMessage.__typename === 'ConflictError')?.data).toEqual({
        retryOutboxMessage: {
          __typename: 'ConflictError',
          message: 'Kun mislykkede udsendelser kan sendes igen. Denne er allerede sendt eller på vej.',
        },
      });
      await catcher.waitForMessageTo('failed@example.dk');
      await catcher.waitForMessageTo('waiting@example.dk');
      await sleep(1500);
      expect(catcher.messages.filter((m) => m.envelopeTo[0] === 'failed@example.dk')).toHaveLength(1);
      const sent = await admin.gql(LIST, { status: 'SENT' });
      expect(sent.data?.outboxMessages.totalCount).toBe(2);
      const again = await admin.gql(RETRY, { input: { messageId: gid(failedId) } });
      expect(again.data?.retryOutboxMessage.__typename).toBe('ConflictError');
    } finally {
      await worker.stop();
      await catcher.close();
    }
  });

  it('answers NotFoundError for a message that does not exist', async () => {
    const result = await admin.gql(RETRY, {
      input: { messageId: gid('0193a5b0-0000-7000-8000-000000000000') },
    });
    expect(result.data?.retryOutboxMessage.__typename).toBe('NotFoundError');
  });
});
