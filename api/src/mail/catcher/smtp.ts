import type { AddressInfo } from 'node:net';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  /** 1, 2, 3… in the order received. */
  seq: number;
  receivedAt: Date;
  envelopeTo: string[];
  parsed: ParsedMail;
}

export interface SmtpCatcherOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  onMail: (mail: CaughtMail) => void;
  /** Awaited before a message is acknowledged: lets a test hold the server mid-delivery. */
  beforeAccept?: () => Promise<void>;
}

export interface SmtpCatcher {
  port: number;
  url: string;
  close(): Promise<void>;
}

/**
 * A mail server that accepts everything and keeps nothing itself: each message, parsed, goes to
 * `onMail`. Used by the tests and by `npm start`'s local mail catcher. Plain SMTP, no STARTTLS
 * and no authentication: it listens on 127.0.0.1 only.
 */
export async function startSmtpCatcher(options: SmtpCatcherOptions): Promise<SmtpCatcher> {
  const host = options.host ?? '127.0.0.1';
  let seq = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          await options.beforeAccept?.();
          seq += 1;
          const envelopeTo = session.envelope.rcptTo.map((rcpt) => rcpt.address);
          options.onMail({ seq, receivedAt: new Date(), envelopeTo, parsed });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  server.on('error', (error) => console.error('mail catcher:', error.message));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://${host}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
