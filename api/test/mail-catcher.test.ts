import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmtpCatcher, startSmtpCatcher } from '../src/mail/catcher/smtp.ts';
import { CatcherStore } from '../src/mail/catcher/store.ts';
import { addressOf, startCatcherWeb } from '../src/mail/catcher/web.ts';

// The local catcher of `npm start`: what it shows a newcomer in the browser.
describe('local mail catcher', () => {
  const store = new CatcherStore();
  let smtp: SmtpCatcher;
  let web: Awaited<ReturnType<typeof startCatcherWeb>>;
  let base: string;
  beforeAll(async () => {
    smtp = await startSmtpCatcher({ onMail: (mail) => store.addMail(mail) });
    web = await startCatcherWeb(store, 0);
    base = addressOf(web);
  });
  afterAll(async () => {
    web.close();
    await smtp.close();
  });

  it('lists every e-mail and shows its HTML with links that open the app, its text and headers', async () => {
    const page = async (path: string) => (await fetch(new URL(path, base))).text();
    expect(await page('/')).toContain('Ingen e-mails endnu');
    const transport = nodemailer.createTransport({ url: smtp.url });
    await transport.sendMail({
      from: 'Naboskab <no-reply@naboskab.local>',
      to: 'ida@example.dk',
      subject: 'Velkommen <til> Naboskab',
      html: '<html><head></head><body><a href="http://127.0.0.1:3000/log-ind">Log ind</a><script>x()</script></body></html>',
      text: 'Log ind: http://127.0.0.1:3000/log-ind',
      messageId: '<abc@naboskab>',
    });
    transport.close();

    const list = await page('/');
    expect(list).toContain('<a href="/mail/1">Velkommen &#60;til&#62; Naboskab</a>');
    expect(list).toContain('ida@example.dk');
    const detail = await page('/mail/1');
    expect(detail).toContain('&#60;abc@naboskab&#62;');
    expect(detail).toContain('<iframe title="Velkommen &#60;til&#62; Naboskab" src="/mail/1/html"');
    expect(detail).toContain('Log ind: http://127.0.0.1:3000/log-ind');
    const frame = await fetch(new URL('/mail/1/html', base));
    expect(frame.headers.get('content-security-policy')).toBe("script-src 'none'");
    expect(await frame.text()).toContain('<head><base target="_top"></head>');
    expect((await fetch(new URL('/mail/2', base))).status).toBe(404);
  });

  it('lists a message’s attachments and hands each out as a download', async () => {
    const transport = nodemailer.createTransport({ url: smtp.url });
    await transport.sendMail({
      from: 'Naboskab <no-reply@naboskab.local>',
      to: 'ida@example.dk',
      subject: 'Invitation',
      text: 'Se vedhæftet.',
      icalEvent: {
        method: 'REQUEST',
        filename: 'invitation.ics',
        content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      },
    });
    transport.close();
    const mail = store.mails[0];
    if (!mail) throw new Error('no mail');
    const detail = await (await fetch(new URL(`/mail/${mail.seq}`, base))).text();
    const index = mail.parsed.attachments.findIndex((a) => a.filename === 'invitation.ics');
    expect(detail).toContain(`<a href="/mail/${mail.seq}/attachments/${index}">invitation.ics</a>`);
    const file = await fetch(new URL(`/mail/${mail.seq}/attachments/${index}`, base));
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="invitation.ics"');
    expect(await file.text()).toContain('BEGIN:VCALENDAR');
    expect((await fetch(new URL(`/mail/${mail.seq}/attachments/9`, base))).status).toBe(404);
  });

  it("takes SMS in GatewayAPI's request and shows them on the SMS tab", async () => {
    const post = (body: unknown, authorization = 'Token local') =>
      fetch(new URL('/rest/mtsms', base), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify(body),
      });
    const ok = await post({
      sender: 'Naboskab',
      message: 'Husk vagten i morgen kl. 10',
      recipients: [{ msisdn: 4512345678 }],
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ids: [1], usage: { countries: { DK: 1 } } });
    expect((await post({ message: 'no recipients', recipients: [] })).status).toBe(400);
    expect((await post({ message: 'no token', recipients: [{ msisdn: 4512345678 }] }, '')).status).toBe(401);
    const sms = await (await fetch(new URL('/sms', base))).text();
    expect(sms).toContain('Husk vagten i morgen kl. 10');
    expect(sms).toContain('4512345678');
  });
});
