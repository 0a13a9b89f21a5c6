import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CatcherStore, parseSmsRequest } from './store.ts';
import { mailPage, mailsPage, smsPage } from './views.ts';

/**
 * The catcher's web view: every e-mail (HTML shown in a sandboxed frame whose links open the
 * app, plain text, headers) and every SMS. `POST /rest/mtsms` speaks GatewayAPI's REST API
 * (sms/gateway.ts: token auth, JSON in, `{ ids }` out), so `npm start` points SMS_GATEWAY_URL here.
 */
export async function startCatcherWeb(
  store: CatcherStore,
  port: number,
  host = '127.0.0.1',
): Promise<Server> {
  const server = createServer((req, res) => {
    handle(store, req, res).catch((error: Error) => send(res, 500, 'text/plain', error.message));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

export function addressOf(server: Server): string {
  const { address, port } = server.address() as AddressInfo;
  return `http://${address}:${port}/`;
}

async function handle(store: CatcherStore, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://catcher');
  const mailPath = /^\/mail\/(\d+)(\/html|\/attachments\/(\d+))?$/.exec(url.pathname);
  if (req.method === 'POST' && url.pathname === '/rest/mtsms') return receiveSms(store, req, res);
  if (req.method !== 'GET') return send(res, 405, 'text/plain', 'Method not allowed');
  if (url.pathname === '/') return send(res, 200, 'text/html', mailsPage(store));
  if (url.pathname === '/sms') return send(res, 200, 'text/html', smsPage(store));
  if (url.pathname === '/health') return send(res, 200, 'application/json', '{"status":"ok"}');
  if (url.pathname === '/api/messages') {
    const list = store.mails.map((m) => ({
      seq: m.seq,
      to: m.envelopeTo,
      subject: m.parsed.subject,
      receivedAt: m.receivedAt,
    }));
    return send(res, 200, 'application/json', JSON.stringify(list));
  }
  const mail = mailPath ? store.mail(Number(mailPath[1])) : undefined;
  if (!mail) return send(res, 404, 'text/plain', 'Not found');
  if (mailPath?.[3]) {
    // An attachment (e.g. a meeting's invitation.ics), downloaded, never rendered here.
    const file = mail.parsed.attachments[Number(mailPath[3])];
    if (!file) return send(res, 404, 'text/plain', 'Not found');
    res.setHeader(
      'content-disposition',
      `attachment; filename="${(file.filename ?? 'file').replace(/"/g, '')}"`,
    );
    return send(res, 200, file.contentType, file.content.toString('utf8'));
  }
  if (mailPath?.[2]) {
    // The message's own HTML, for the frame: links open in the whole window, scripts never run.
    const html = typeof mail.parsed.html === 'string' ? mail.parsed.html : '';
    res.setHeader('content-security-policy', "script-src 'none'");
    return send(res, 200, 'text/html', html.replace(/<head([^>]*)>/i, '<head$1><base target="_top">'));
  }
  return send(res, 200, 'text/html', mailPage(mail));
}

async function receiveSms(store: CatcherStore, req: IncomingMessage, res: ServerResponse) {
  // Like the gateway: no token, no SMS (any token will do here).
  if (!/^Token \S+/.test(req.headers.authorization ?? ''))
    return send(res, 401, 'application/json', '{"message":"Authorization: Token <token> required"}');
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    body = null;
  }
  const sms = parseSmsRequest(body);
  if (!sms)
    return send(res, 400, 'application/json', '{"message":"Expected { sender, message, recipients }"}');
  const caught = store.addSms(sms);
  const usage = { countries: { DK: sms.recipients.length }, currency: 'DKK', total_cost: 0 };
  return send(res, 200, 'application/json', JSON.stringify({ ids: [caught.seq], usage }));
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}
