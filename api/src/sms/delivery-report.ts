import { createHmac, timingSafeEqual } from 'node:crypto';
import type { PrismaClient } from '@naboskab/db';

/**
 * GatewayAPI's delivery-status webhook: a JSON POST per status change of a sent SMS, naming it by
 * the id the send returned (`id`), with `msisdn`, `time`, `status` (e.g. DELIVERED, UNDELIVERABLE,
 * EXPIRED, REJECTED), `error`, `code` and our `userref`. The request is signed with a JWT (HS256, the
 * webhook's shared secret) in the `X-Gwapi-Signature` header whose claims are the same fields; we
 * read the signed claims, never the unsigned body. (GatewayAPI docs, "Webhooks" / "Delivery status".)
 */
export interface DeliveryReport {
  id: string;
  status: string;
  error: string | null;
}

/** Final statuses after which the SMS will not arrive. */
const UNDELIVERED = new Set(['UNDELIVERABLE', 'EXPIRED', 'REJECTED', 'DELETED', 'SKIPPED']);

/** The signed claims of an HS256 JWT, or null when the signature or algorithm is wrong. */
export function verifiedClaims(jwt: string, secret: string): Record<string, unknown> | null {
  const [header, payload, signature] = jwt.split('.');
  if (!header || !payload || !signature) return null;
  try {
    if (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')).alg !== 'HS256') return null;
    const expected = createHmac('sha256', secret).update(`${header}.${payload}`).digest();
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

/** The report in a webhook's signed claims, or null when they are not one. */
export function deliveryReportOf(claims: Record<string, unknown>): DeliveryReport | null {
  const { id, status, error, code } = claims;
  if ((typeof id !== 'number' && typeof id !== 'string') || typeof status !== 'string') return null;
  const reason = [code, error].filter((part) => typeof part === 'string' && part).join(' ');
  return { id: String(id), status: status.slice(0, 40), error: reason ? reason.slice(0, 500) : null };
}

/**
 * Records a report on the SMS it names; a final failure marks the message failed with the reason,
 * so administrators see it in the outbox and can send it again. Returns whether one was found.
 */
export async function recordDeliveryReport(prisma: PrismaClient, report: DeliveryReport): Promise<boolean> {
  const failed = UNDELIVERED.has(report.status);
  const { count } = await prisma.outboxMessage.updateMany({
    where: { channel: 'SMS', gatewayId: report.id },
    data: {
      deliveryStatus: report.status,
      deliveryError: report.error,
      ...(failed
        ? { status: 'FAILED', lastError: `${report.status}${report.error ? `: ${report.error}` : ''}` }
        : {}),
    },
  });
  return count > 0;
}
