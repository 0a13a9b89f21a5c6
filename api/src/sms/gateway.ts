/**
 * The HTTP SMS gateway: GatewayAPI's REST API (gatewayapi.com, a Danish gateway), which the local
 * catcher also speaks (mail/catcher/web.ts), so `npm start` and the tests use the same client.
 *
 * Documented at https://gatewayapi.com/docs/apis/rest/ ("Sending SMS Messages", POST /rest/mtsms):
 * a JSON object `{ sender, message, recipients: [{ msisdn }], userref }`, where `sender` is up to 11
 * letters or 15 digits, `msisdn` the full number with country code and no "+", and `userref` an
 * opaque reference returned in delivery statuses; a success answers `{ ids: [...], usage: {...} }`.
 * Authentication (https://gatewayapi.com/docs/authentication): `Authorization: Token <token>`.
 */
export interface SmsGatewayConfig {
  /** The gateway's base URL, e.g. https://gatewayapi.eu (SMS_GATEWAY_URL). */
  url: string;
  token: string;
  sender: string;
}

export interface OutgoingSms {
  /** A normalised number, "+45" and eight digits. */
  to: string;
  message: string;
  /** Our outbox row's id, echoed back in delivery statuses. */
  reference: string;
}

const TIMEOUT_MS = 20_000;

/** Sends one SMS; returns the gateway's id for it, or throws with the reason. */
export async function sendSms(gateway: SmsGatewayConfig, sms: OutgoingSms): Promise<string> {
  const endpoint = new URL('rest/mtsms', gateway.url.endsWith('/') ? gateway.url : `${gateway.url}/`);
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      authorization: `Token ${gateway.token}`,
      accept: 'application/json',
      'content-type': 'application/json',
    },
    body: JSON.stringify({
      sender: gateway.sender,
      message: sms.message,
      recipients: [{ msisdn: Number(sms.to.replace(/^\+/, '')) }],
      userref: sms.reference,
    }),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`SMS gateway answered ${response.status}: ${text.slice(0, 300)}`);
  const id = (JSON.parse(text) as { ids?: unknown[] }).ids?.[0];
  if (typeof id !== 'number' && typeof id !== 'string') throw new Error('SMS gateway gave no message id');
  return String(id);
}
