// A test API whose outbox is delivered to a local SMTP catcher, as the notification tests need;
// with `smsToken`, its SMS go to a local gateway speaking GatewayAPI's API (sender "Naboskab").
import { startMailCatcher, startTestMailWorker } from './mail-support.ts';
import { startTestSmsGateway } from './sms-support.ts';
import { startTestApi } from './support.ts';

export async function startMailedTestApi(
  options: { smsToken?: string; apiEnv?: Record<string, string> } = {},
) {
  const { smsToken, apiEnv } = options;
  const app = await startTestApi(apiEnv);
  const catcher = await startMailCatcher();
  const gateway = smsToken ? await startTestSmsGateway(smsToken) : null;
  const sms: Record<string, string> = gateway
    ? { SMS_GATEWAY_URL: gateway.url, SMS_GATEWAY_TOKEN: smsToken ?? '', SMS_SENDER: 'Naboskab' }
    : {};
  const worker = await startTestMailWorker(app.db, catcher.url, sms);
  return {
    app,
    catcher,
    /** Null unless `smsToken` was given. */
    gateway,
    async close() {
      await worker.stop();
      await catcher.close();
      await gateway?.close();
      await app.close();
    },
  };
}
