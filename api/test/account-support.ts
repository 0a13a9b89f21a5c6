import { type CaughtMail, findLink, startMailCatcher, startTestMailWorker } from './mail-support.ts';
import { partnershipWorld } from './partnership-support.ts';
import { startTestApi } from './support.ts';

/** The API with a partnership world, a real SMTP catcher and an outbox worker delivering to it. */
export async function accountWorld() {
  const app = await startTestApi();
  const catcher = await startMailCatcher();
  const worker = await startTestMailWorker(app.db, catcher.url);
  const w = await partnershipWorld(app);
  return {
    app,
    w,
    catcher,
    /** The newest message to `address` after the `seen` first ones (waits for it). */
    async mailTo(address: string, seen = 0): Promise<CaughtMail> {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const found = catcher.messages
          .filter((m) => m.envelopeTo.includes(address.toLowerCase()))
          .slice(seen)
          .at(-1);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`No e-mail to ${address}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    mailsTo: (address: string) =>
      catcher.messages.filter((m) => m.envelopeTo.includes(address.toLowerCase())),
    async close() {
      await worker.stop();
      await catcher.close();
      await app.close();
    },
  };
}

/** The token in a message's link to `path` (e.g. "/nulstil-adgangskode"). */
export function tokenFrom(mail: CaughtMail, path: string): string {
  const token = new URL(findLink(mail, path)).searchParams.get('token');
  if (!token) throw new Error(`No token in the link to ${path}`);
  return token;
}

/** Waits until the outbox has no message left to send, so "no e-mail" can be asserted. */
export async function outboxSettled(app: {
  settled: () => Promise<void>;
  prisma: { outboxMessage: { count: (a: object) => Promise<number> } };
}) {
  // Work left for after an answer (ctx.waitUntil) may still be writing to the outbox.
  await app.settled();
  const deadline = Date.now() + 10_000;
  while ((await app.prisma.outboxMessage.count({ where: { status: { in: ['PENDING', 'SENDING'] } } })) > 0) {
    if (Date.now() > deadline) throw new Error('The outbox did not empty');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
