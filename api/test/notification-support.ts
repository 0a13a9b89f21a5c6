// A test API whose outbox is delivered to a local SMTP catcher, as the notification tests need.
import { startMailCatcher, startTestMailWorker } from './mail-support.ts';
import { startTestApi } from './support.ts';

export async function startMailedTestApi() {
  const app = await startTestApi();
  const catcher = await startMailCatcher();
  const worker = await startTestMailWorker(app.db, catcher.url);
  return {
    app,
    catcher,
    async close() {
      await worker.stop();
      await catcher.close();
      await app.close();
    },
  };
}
