import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { messageIdOf } from '../src/mail/deliver.ts';
import { enqueueEmail } from '../src/mail/outbox.ts';
import { enqueueJob, OUTBOX_QUEUE } from '../src/mail/queue.ts';
import type { MailWorker } from '../src/mail/worker.ts';
import {
  type CaughtMail,
  findLink,
  startMailCatcher,
  startTestMailWorker,
  type TestMailCatcher,
  unusedPort,
} from './mail-support.ts';
import { startTestApi } from './support.ts';

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterVolunteerInput!) {
    registerVolunteer(input: $input) { __typename }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation Confirm($input: ConfirmEmailInput!) {
    confirmEmail(input: $input) { ... on ConfirmEmailSuccess { viewer { email } } }
  }
`;
const volunteer = (email: string) => ({
  name: 'Amina Hansen',
  email,
  password: 'lang-nok-kode',
  consent: true,
  consentTextVersion: 'frivillig-samtykke-v1',
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('e-mail outbox', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let catcher: TestMailCatcher | undefined;
  const workers: MailWorker[] = [];
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    await catcher?.close();
    catcher = undefined;
  });
  afterAll(() => app.close());

  async function deliverTo(smtpUrl: string, env: Record<string, string> = {}) {
    const worker = await startTestMailWorker(app.db, smtpUrl, env);
    workers.push(worker);
    return worker;
  }
  const enqueue = (to: string, locale = 'da') =>
    app.prisma.$transaction((tx) =>
      enqueueEmail(tx, { to, locale, kind: 'account.welcome', data: { name: to } }),
    );
  const row = (to: string) => app.prisma.outboxMessage.findFirstOrThrow({ where: { recipient: to } });

  // Registration sends the link that proves the address; following it signs in and welcomes.
  it('sends the confirmation e-mail on registration once, in Danish, with HTML and text, a footer and a working link', async () => {
    catcher = await startMailCatcher();
    await deliverTo(catcher.url);
    const result = await app.client().gql(REGISTER, { input: volunteer('ida@example.dk') });
    expect(result.data?.registerVolunteer.__typename).toBe('RegisterVolunteerSuccess');

    const [mail] = await catcher.waitForMessages(1);
    const message = await row('ida@example.dk');
    expect(message.kind).toBe('account.email-confirm');
    expect(mail?.envelopeTo).toEqual(['ida@example.dk']);
    expect(mail?.parsed.subject).toBe('Bekræft din e-mail til Naboskab');
    expect(mail?.parsed.from?.text).toContain('no-reply@naboskab.local');
    expect(mail?.parsed.messageId).toBe(messageIdOf(message.id));
    expect(mail?.parsed.html).toContain('Hej Amina Hansen');
    expect(mail?.parsed.text).toContain('Tak for din tilmelding som frivillig');
    expect(mail?.parsed.text).toContain(
      'Du får denne e-mail, fordi nogen har angivet denne adresse til en konto i Naboskab',
    );
    const link = findLink(mail as CaughtMail, '/bekraeft-email');
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:3000\/bekraeft-email\?token=/);

    await sleep(1500); // a second delivery would have arrived by now
    expect(catcher.messages).toHaveLength(1);
    expect(await row('ida@example.dk')).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });

    // The link works: it proves the address, signs in, and the welcome follows.
    const token = new URL(link).searchParams.get('token');
    const confirmed = await app.client().gql(CONFIRM, { input: { token } });
    expect(confirmed.data?.confirmEmail).toEqual({ viewer: { email: 'ida@example.dk' } });
    const [, welcome] = await catcher.waitForMessages(2);
    expect(welcome?.parsed.subject).toBe('Velkommen til Naboskab');
    expect(findLink(welcome as CaughtMail, '/frivillig')).toBe('http://127.0.0.1:3000/frivillig');
  });

  it('writes in English to a recipient who uses English', async () => {
    catcher = await startMailCatcher();
    await deliverTo(catcher.url);
    await app.client({ 'accept-language': 'en-GB,en' }).gql(REGISTER, { input: volunteer('eng@example.dk') });
    const mail = await catcher.waitForMessageTo('eng@example.dk');
    expect(mail.parsed.subject).toBe('Confirm your Naboskab e-mail');
    expect(mail.parsed.html).toContain('Hello Amina Hansen');
    expect(mail.parsed.text).toContain(
      'You are receiving this e-mail because someone gave this address for a Naboskab account',
    );
  });

  it('never sends for a change that rolled back', async () => {
    catcher = await startMailCatcher();
    await deliverTo(catcher.url);
    const before = await app.prisma.outboxMessage.count();
    // A registration refused by validation writes nothing, so nothing is sent…
    await app.client().gql(REGISTER, { input: { ...volunteer('refused@example.dk'), consent: false } });
    // …and any transaction that throws after enqueueing rolls back with its e-mail.
    await expect(
      app.prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, {
          to: 'ghost@example.dk',
          locale: 'da',
          kind: 'account.welcome',
          data: { name: 'G' },
        });
        throw new Error('the cause failed');
      }),
    ).rejects.toThrow('the cause failed');
    await enqueue('control@example.dk');
    await catcher.waitForMessageTo('control@example.dk');
    await sleep(1000);
    expect(catcher.messages.map((m) => m.envelopeTo[0])).toEqual(['control@example.dk']);
    expect(await app.prisma.outboxMessage.count()).toBe(before + 1);
  });

  it('keeps a message while the mail server is down, backs off, and delivers it once the server is back', async () => {
    const port = await unusedPort();
    await deliverTo(`smtp://127.0.0.1:${port}`);
    await enqueue('down@example.dk');

    const waitForAttempts = async (n: number) => {
      for (let i = 0; i < 200; i++) {
        const message = await row('down@example.dk');
        if (message.attempts >= n && message.status === 'PENDING') return message;
        await sleep(50);
      }
      throw new Error(`never reached ${n} attempts`);
    };
    const first = await waitForAttempts(1);
    expect(first.lastError).toMatch(/ECONNREFUSED/);
    const second = await waitForAttempts(2);
    // Back-off: the wait before the third attempt is twice the wait before the second.
    const gap1 = Number(first.nextAttemptAt) - Number(first.updatedAt);
    const gap2 = Number(second.nextAttemptAt) - Number(second.updatedAt);
    expect(gap1).toBeGreaterThanOrEqual(400);
    expect(gap2).toBeGreaterThanOrEqual(gap1 * 1.8);

    catcher = await startMailCatcher({ port });
    const [mail] = await catcher.waitForMessages(1, 15_000);
    expect(mail?.envelopeTo).toEqual(['down@example.dk']);
    await sleep(1500);
    expect(catcher.messages).toHaveLength(1);
    expect(await row('down@example.dk')).toMatchObject({ status: 'SENT', lastError: null });
  });

  it('marks a message failed after the last attempt, with the reason', async () => {
    const port = await unusedPort();
    await deliverTo(`smtp://127.0.0.1:${port}`, { MAIL_MAX_ATTEMPTS: '2' });
    await enqueue('gives-up@example.dk');
    for (let i = 0; i < 200 && (await row('gives-up@example.dk')).status !== 'FAILED'; i++) await sleep(50);
    expect(await row('gives-up@example.dk')).toMatchObject({
      status: 'FAILED',
      attempts: 2,
      nextAttemptAt: null,
    });
    expect((await row('gives-up@example.dk')).lastError).toMatch(/ECONNREFUSED/);
  });

  it('does not send twice when the worker restarts in the middle of a delivery', async () => {
    catcher = await startMailCatcher();
    const worker = await deliverTo(catcher.url);
    const gate = catcher.hold();
    await enqueue('restart@example.dk');
    await gate.arrived; // the server has the message but has not acknowledged it yet
    const stopping = worker.stop();
    await deliverTo(catcher.url); // its replacement starts while the first is still delivering
    await sleep(1200);
    gate.release();
    await stopping;
    await sleep(1500);
    expect(catcher.messages.map((m) => m.envelopeTo[0])).toEqual(['restart@example.dk']);
    expect(await row('restart@example.dk')).toMatchObject({ status: 'SENT', attempts: 1 });
  });

  it("leaves a message alone while a crashed worker's claim holds, then takes it over once", async () => {
    catcher = await startMailCatcher();
    await deliverTo(catcher.url);
    const gate = catcher.hold();
    const { id } = await enqueue('crashed@example.dk');
    await gate.arrived;
    // As if the worker holding it had died mid-delivery: its claim still runs for an hour, and
    // the queue hands the job out again.
    await app.prisma.outboxMessage.update({
      where: { id },
      data: { claimedUntil: new Date(Date.now() + 3_600_000) },
    });
    await app.prisma.$transaction((tx) => enqueueJob(tx, OUTBOX_QUEUE, { messageId: id }));
    await sleep(1500);
    gate.release();
    await catcher.waitForMessages(1);
    await sleep(1000);
    expect(catcher.messages).toHaveLength(1);
    expect(await row('crashed@example.dk')).toMatchObject({ status: 'SENT', attempts: 1 });

    // A claim that has run out is taken over (status as a dead worker would have left it).
    await app.prisma.outboxMessage.update({
      where: { id },
      data: { status: 'SENDING', claimedUntil: new Date(Date.now() - 1000) },
    });
    await app.prisma.$transaction((tx) => enqueueJob(tx, OUTBOX_QUEUE, { messageId: id }));
    await catcher.waitForMessages(2);
    expect(catcher.messages.map((m) => m.parsed.messageId)).toEqual([messageIdOf(id), messageIdOf(id)]);
    // The server has it; the worker records the delivery just after.
    for (let i = 0; i < 100 && (await row('crashed@example.dk')).status === 'SENDING'; i++) await sleep(50);
    expect(await row('crashed@example.dk')).toMatchObject({ status: 'SENT', attempts: 2 });
  });

  it('delivers each message exactly once with two workers taking from the same queue', async () => {
    catcher = await startMailCatcher();
    await Promise.all([deliverTo(catcher.url), deliverTo(catcher.url)]);
    const addresses = Array.from({ length: 12 }, (_, i) => `pair-${i}@example.dk`);
    await app.prisma.$transaction(async (tx) => {
      for (const to of addresses)
        await enqueueEmail(tx, { to, locale: 'en', kind: 'account.welcome', data: { name: to } });
    });
    await catcher.waitForMessages(addresses.length, 20_000);
    await sleep(1500);
    expect(catcher.messages.map((m) => m.envelopeTo[0]).sort()).toEqual([...addresses].sort());
  });
});
