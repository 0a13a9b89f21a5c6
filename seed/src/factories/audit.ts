import type { AuditEntry, Prisma, PrismaClient } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';

export function buildAuditEntry(
  input: Partial<Prisma.AuditEntryCreateManyInput> & { entityId: string },
): Prisma.AuditEntryCreateManyInput & { id: string } {
  return { id: uuidv7(), action: 'update', entityType: 'Partnership', changes: {}, ...input };
}

/** An audit entry; `changes` is { field: [before, after] }. */
export function createAuditEntry(
  prisma: PrismaClient,
  input: Partial<Prisma.AuditEntryCreateManyInput> & { entityId: string },
): Promise<AuditEntry> {
  return prisma.auditEntry.create({ data: buildAuditEntry(input) });
}
