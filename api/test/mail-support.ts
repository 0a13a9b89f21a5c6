// Receiving the app's e-mail in tests: a real SMTP server on a free port, messages parsed with
// mailparser, and a worker delivering the outbox of a test database to it.
import type { Database } from '@naboskab/db';
import { readEnv } from '../src/index.ts';
import { type CaughtMail, startSmtpCatcher } from '../src/mail/catcher/smtp.ts';
import { type MailWorker, startMailWorker } from '../src/mail/worker.ts';

export type { CaughtMail };

export interface TestMailCatcher {
  url: string;
  port: number;
  messages: CaughtMail[];
  /** Resolves with the messages once at least `count` have arrived (fails after `timeoutMs`). */
  waitForMessages(count: number, timeoutMs?: number): Promise<CaughtMail[]>;
  /** The first message to `address` (waits for it). */
  waitForMessageTo(address: string, timeoutMs?: number): Promise<CaughtMail>;
  /** The first message that `matches` (waits for it). */
  waitForMessage(matches: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  /** Hold every message unacknowledged until the returned function is called. */
  hold(): { arrived: Promise<void>; release: () => void };
  close(): Promise<void>;
}

export async function startMailCatcher(options: { port?: number } = {}): Promise<TestMailCatcher> {
  const messages: CaughtMail[] = [];
  let gate: { arrived: () => void; released: Promise<void> } | undefined;
  const catcher = await startSmtpCatcher({
    port: options.port ?? 0,
    onMail: (mail) => messages.push(mail),
    beforeAccept: async () => {
      if (!gate) return;
      gate.arrived();
      await gate.released;
    },
  });
  const until = async <T>(find: () => T | undefined, what: string, timeoutMs: number): Promise<T> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what} (got ${messages.length})`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return {
    url: catcher.url,
    port: catcher.port,
    messages,
    waitForMessages: (count, timeoutMs = 10_000) =>
      until(() => (messages.length >= count ? [...messages] : undefined), `${count} e-mails`, timeoutMs),
    waitForMessageTo: (address, timeoutMs = 10_000) =>
      until(
        () => messages.find((m) => m.envelopeTo.includes(address.toLowerCase())),
        `an e-mail to ${address}`,
        timeoutMs,
      ),
    waitForMessage: (matches, timeoutMs = 10_000) =>
      until(() => messages.find(matches), 'a matching e-mail', timeoutMs),
    hold() {
      let arrived!: () => void;
      let release!: () => void;
      const arrivedPromise = new Promise<void>((resolve) => {
        arrived = resolve;
      });
      gate = { arrived, released: new Promise<void>((resolve) => (release = resolve)) };
      return {
        arrived: arrivedPromise,
        release: () => {
          gate = undefined;
          release();
        },
      };
    },
    close: catcher.close,
  };
}

/** A mail worker for a test database, fast: polls every 0.5 s, retries after 0.5 s, 1 s, 2 s… */
export function startTestMailWorker(
  db: Pick<Database, 'prisma' | 'sql'>,
  smtpUrl: string,
  env: Record<string, string> = {},
): Promise<MailWorker> {
  return startMailWorker({
    prisma: db.prisma,
    sql: db.sql,
    env: readEnv({ NODE_ENV: 'test', SMTP_URL: smtpUrl, MAIL_RETRY_BASE_SECONDS: '0.5', ...env }),
    pollingIntervalSeconds: 0.5,
  });
}

/** The first link in a message's HTML whose address matches `pattern`. */
export function findLink(mail: CaughtMail, pattern: RegExp | string): string {
  const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
  const links = [...html.matchAll(/href="([^"]+)"/g)].map(
    (match) => match[1]?.replaceAll('&amp;', '&') ?? '',
  );
  const found = links.find((link) =>
    typeof pattern === 'string' ? link.includes(pattern) : pattern.test(link),
  );
  if (!found) throw new Error(`No link matching ${pattern} in "${mail.parsed.subject}": ${links.join(', ')}`);
  return found;
}

/** Free port with nothing listening: an SMTP server that is down. */
export async function unusedPort(): Promise<number> {
  const { createServer } = await import('node:net');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
