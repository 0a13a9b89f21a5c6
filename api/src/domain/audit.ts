import type { Prisma } from '@naboskab/db';
import type { Context } from '../context.ts';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  partnershipId?: string | null;
  changes?: Record<string, [unknown, unknown]>;
}

/** Writes one audit entry with the transaction that made the change, so neither exists alone. */
export async function audit(tx: Prisma.TransactionClient, ctx: Context, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorUserId: ctx.viewer?.userId ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      partnershipId: entry.partnershipId ?? null,
      changes: toJson(entry.changes ?? {}),
    },
  });
}

/** The fields whose value differs, as { field: [before, after] }. */
export function changedFields<T extends object>(
  before: T,
  after: Partial<T>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [field, value] of Object.entries(after)) {
    const previous = before[field as keyof T];
    if (value !== undefined && JSON.stringify(toJson(previous)) !== JSON.stringify(toJson(value))) {
      changes[field] = [previous, value];
    }
  }
  return changes;
}

// BigInt and Date are not JSON: store amounts as strings and dates as ISO text.
function toJson(value: unknown): Prisma.InputJsonValue {
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v)) ?? 'null',
  ) as Prisma.InputJsonValue;
}
