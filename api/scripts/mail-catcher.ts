// npm run mail-catcher -w @naboskab/api: a local mail server with a web view, for `npm start`.
// Nothing to install: SMTP on MAIL_CATCHER_SMTP_PORT (1025), the web view on MAIL_CATCHER_PORT (1080).
import { startSmtpCatcher } from '../src/mail/catcher/smtp.ts';
import { CatcherStore } from '../src/mail/catcher/store.ts';
import { addressOf, startCatcherWeb } from '../src/mail/catcher/web.ts';

const smtpPort = Number(process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
const webPort = Number(process.env.MAIL_CATCHER_PORT ?? 1080);
const store = new CatcherStore();
const smtp = await startSmtpCatcher({ port: smtpPort, onMail: (mail) => store.addMail(mail) });
const web = await startCatcherWeb(store, webPort);
console.info(`Mail catcher: e-mails to ${smtp.url} are shown at ${addressOf(web)}`);

async function shutdown() {
  web.close();
  await smtp.close();
  process.exit(0);
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
