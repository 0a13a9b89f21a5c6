import type { CaughtMail } from './smtp.ts';

/** An SMS as the gateway received it (issue 13 sends them; the catcher shows them). */
export interface CaughtSms {
  seq: number;
  receivedAt: Date;
  sender: string;
  recipients: string[];
  message: string;
}

const LIMIT = 500;

/** What the local catcher has received, newest first, in memory (it is for `npm start` only). */
export class CatcherStore {
  readonly mails: CaughtMail[] = [];
  readonly sms: CaughtSms[] = [];
  private smsSeq = 0;

  addMail(mail: CaughtMail) {
    this.mails.unshift(mail);
    this.mails.length = Math.min(this.mails.length, LIMIT);
  }

  addSms(sms: Omit<CaughtSms, 'seq' | 'receivedAt'>): CaughtSms {
    this.smsSeq += 1;
    const caught = { ...sms, seq: this.smsSeq, receivedAt: new Date() };
    this.sms.unshift(caught);
    this.sms.length = Math.min(this.sms.length, LIMIT);
    return caught;
  }

  mail(seq: number): CaughtMail | undefined {
    return this.mails.find((mail) => mail.seq === seq);
  }
}

/**
 * Reads an SMS gateway request: the JSON POST Danish gateways take (GatewayAPI's shape:
 * `{ sender, message, recipients: [{ msisdn }] }`). Returns null when it is not one.
 */
export function parseSmsRequest(body: unknown): Omit<CaughtSms, 'seq' | 'receivedAt'> | null {
  if (!body || typeof body !== 'object') return null;
  const { sender, message, recipients } = body as Record<string, unknown>;
  if (typeof message !== 'string' || !Array.isArray(recipients) || recipients.length === 0) return null;
  const numbers = recipients.map((r) =>
    r && typeof r === 'object' ? (r as { msisdn?: unknown }).msisdn : r,
  );
  if (!numbers.every((n) => typeof n === 'string' || typeof n === 'number')) return null;
  return { sender: typeof sender === 'string' ? sender : '', message, recipients: numbers.map(String) };
}
