import type { CaughtMail } from './smtp.ts';
import type { CatcherStore } from './store.ts';

const escapeHtml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const time = (date: Date) =>
  new Intl.DateTimeFormat('da-DK', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Europe/Copenhagen',
  }).format(date);

function page(title: string, tab: 'mail' | 'sms' | null, body: string, refresh = false): string {
  const tabLink = (name: 'mail' | 'sms', href: string, label: string) =>
    `<a href="${href}"${tab === name ? ' aria-current="page"' : ''}>${label}</a>`;
  return `<!doctype html><html lang="da"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${refresh ? '<meta http-equiv="refresh" content="5">' : ''}<title>${escapeHtml(title)} · Naboskab mail catcher</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;color:#1d2b24;background:#f4f1ea}
header{background:#1f5c3f;color:#fff;padding:.75rem 1rem}header p{margin:.25rem 0 0;font-size:.9rem}
nav{display:flex;gap:1rem;margin-top:.5rem}nav a{color:#fff}nav a[aria-current]{font-weight:700}
main{padding:1rem;max-width:60rem}ul{list-style:none;padding:0}li{background:#fff;border-radius:6px;padding:.6rem .8rem;margin:.4rem 0}
li a{font-weight:600}.meta{color:#5b6660;font-size:.9rem;margin:.2rem 0 0;overflow-wrap:anywhere}
iframe{width:100%;height:34rem;border:1px solid #ccc;background:#fff}pre{white-space:pre-wrap;background:#fff;padding:1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
</style></head><body><header><strong>Naboskab · lokal mail catcher</strong>
<p>Alt, hvad appen sender under <code>npm start</code>, lander her: intet sendes ud. (Everything the app sends locally lands here.)</p>
<nav>${tabLink('mail', '/', 'E-mail')}${tabLink('sms', '/sms', 'SMS')}</nav></header><main>${body}</main></body></html>`;
}

export function mailsPage(store: CatcherStore): string {
  const items = store.mails
    .map(
      (m) => `<li><a href="/mail/${m.seq}">${escapeHtml(m.parsed.subject || '(intet emne)')}</a>
<p class="meta">Til ${escapeHtml(m.envelopeTo.join(', '))} · ${time(m.receivedAt)}</p></li>`,
    )
    .join('');
  const body = items
    ? `<h1>E-mails (${store.mails.length})</h1><ul>${items}</ul>`
    : '<h1>E-mails</h1><p>Ingen e-mails endnu. Siden opdateres af sig selv.</p>';
  return page('E-mail', 'mail', body, true);
}

export function mailPage(mail: CaughtMail): string {
  const p = mail.parsed;
  const body = `<p><a href="/">← Alle e-mails</a></p><h1>${escapeHtml(p.subject)}</h1>
<dl><dt>Fra</dt><dd>${escapeHtml(p.from?.text)}</dd><dt>Til</dt><dd>${escapeHtml(mail.envelopeTo.join(', '))}</dd>
<dt>Modtaget</dt><dd>${time(mail.receivedAt)}</dd><dt>Message-ID</dt><dd>${escapeHtml(p.messageId)}</dd></dl>
<h2>HTML</h2><iframe title="${escapeHtml(p.subject)}" src="/mail/${mail.seq}/html"
 sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"></iframe>
<h2>Tekst</h2><pre>${escapeHtml(p.text)}</pre>${attachmentList(mail)}`;
  return page(p.subject ?? 'E-mail', null, body);
}

function attachmentList(mail: CaughtMail): string {
  const items = mail.parsed.attachments.map(
    (a, i) => `<li><a href="/mail/${mail.seq}/attachments/${i}">${escapeHtml(a.filename ?? a.contentType)}</a>
<span class="meta">${escapeHtml(a.contentType)}</span></li>`,
  );
  return items.length ? `<h2>Vedhæftede filer</h2><ul>${items.join('')}</ul>` : '';
}

export function smsPage(store: CatcherStore): string {
  const items = store.sms
    .map(
      (s) => `<li><p>${escapeHtml(s.message)}</p>
<p class="meta">Til ${escapeHtml(s.recipients.join(', '))} · fra ${escapeHtml(s.sender)} · ${time(s.receivedAt)}</p></li>`,
    )
    .join('');
  const body = items
    ? `<h1>SMS (${store.sms.length})</h1><ul>${items}</ul>`
    : `<h1>SMS</h1><p>Ingen SMS endnu. Appen sender SMS hertil, når <code>SMS_GATEWAY_URL</code> peger på
her (GatewayAPI: <code>POST /rest/mtsms</code>, <code>{ sender, message, recipients: [{ msisdn }] }</code>).</p>`;
  return page('SMS', 'sms', body, true);
}
