// A local HTTP server that speaks GatewayAPI's documented REST API (POST /rest/mtsms, token auth,
// `{ ids }` answer; see src/sms/gateway.ts), parsing what arrives so tests can assert on it.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedSms {
  authorization: string | undefined;
  sender: string;
  msisdn: number | string;
  message: string;
  userref: string | undefined;
}

export interface TestSmsGateway {
  url: string;
  /** Every SMS the gateway accepted, in order. */
  accepted: ReceivedSms[];
  /** Requests answered with an error because the gateway was "down". */
  refused: number;
  /** The next `count` requests get a 503, as from a gateway that is down. */
  failNext(count: number): void;
  waitForSms(count: number, timeoutMs?: number): Promise<ReceivedSms[]>;
  close(): Promise<void>;
}

async function jsonOf(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function startTestSmsGateway(token: string): Promise<TestSmsGateway> {
  let failing = 0;
  let nextId = 1000;
  const gateway = { accepted: [] as ReceivedSms[], refused: 0 };
  const server = createServer(async (req, res) => {
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/rest/mtsms') return answer(404, { message: 'Not found' });
    if (failing > 0) {
      failing -= 1;
      gateway.refused += 1;
      return answer(503, { message: 'Service unavailable' });
    }
    if (req.headers.authorization !== `Token ${token}`) return answer(401, { code: '0x0213' });
    const body = await jsonOf(req);
    const recipients = body.recipients as { msisdn: number | string }[];
    for (const recipient of recipients) {
      gateway.accepted.push({
        authorization: req.headers.authorization,
        sender: String(body.sender),
        msisdn: recipient.msisdn,
        message: String(body.message),
        userref: body.userref as string | undefined,
      });
    }
    nextId += 1;
    answer(200, { ids: [nextId], usage: { countries: { DK: recipients.length }, currency: 'DKK' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get accepted() {
      return gateway.accepted;
    },
    get refused() {
      return gateway.refused;
    },
    failNext(count) {
      failing = count;
    },
    async waitForSms(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (gateway.accepted.length < count) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting for ${count} SMS`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return [...gateway.accepted];
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

interface GqlClient {
  gql(query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, any> | null }>;
}

/** The six-digit code in the last SMS the gateway accepted for `phone` (+45…). */
export async function codeSentTo(gateway: TestSmsGateway, phone: string, count: number): Promise<string> {
  const sent = (await gateway.waitForSms(count)).filter((sms) => `+${sms.msisdn}` === phone);
  const code = /\b(\d{6})\b/.exec(sent.at(-1)?.message ?? '')?.[1];
  if (!code) throw new Error(`No code was sent to ${phone}`);
  return code;
}

/** Proves a number as a person does on Min side: asks for a code, reads the SMS, confirms. */
export async function verifyPhone(client: GqlClient, gateway: TestSmsGateway, phone: string): Promise<void> {
  const count = gateway.accepted.length + 1;
  const set = await client.gql(
    `mutation ($input: SetMyPhoneInput!) { setMyPhone(input: $input) { __typename } }`,
    {
      input: { phone },
    },
  );
  if (set.data?.setMyPhone.__typename !== 'SetMyPhoneSuccess') throw new Error(JSON.stringify(set));
  const code = await codeSentTo(gateway, phone, count);
  const confirmed = await client.gql(
    `mutation ($input: ConfirmMyPhoneInput!) { confirmMyPhone(input: $input) { __typename } }`,
    { input: { code } },
  );
  if (confirmed.data?.confirmMyPhone.__typename !== 'ConfirmMyPhoneSuccess')
    throw new Error(JSON.stringify(confirmed));
}
