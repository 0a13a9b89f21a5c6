import type { Prisma } from '@naboskab/db';
import type { Viewer } from '../../context.ts';
import { NotAllowedError } from '../../errors.ts';

/**
 * Keeps "at least one active administrator" true under concurrency. Every change that can take an
 * administrator away locks all active administrators' rows first (in id order, so two such changes
 * never deadlock). The second of two racing changes then waits, re-reads the rows the first one
 * changed, and sees that the administrator it would remove is the last one. NO KEY UPDATE (what
 * the change's own UPDATE takes) rather than UPDATE: rows that merely refer to an administrator,
 * such as their audit entries, need not wait, so a change that goes on to lock partnerships
 * (ending guideships) cannot deadlock with an administrator's write that holds one.
 */
export async function assertAdministratorRemains(
  tx: Prisma.TransactionClient,
  actor: Viewer,
  target: { id: string; role: string; disabledAt: Date | null },
): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL ORDER BY id FOR NO KEY UPDATE`;
  // The actor may have been demoted or deactivated by the change that won the race.
  if (actor.role === 'ADMIN' && !admins.some((admin) => admin.id === actor.userId)) {
    throw new NotAllowedError('user.noLongerAdmin');
  }
  const removesAnAdmin = target.role === 'ADMIN' && target.disabledAt === null;
  if (removesAnAdmin && admins.every((admin) => admin.id === target.id)) {
    throw new NotAllowedError('user.lastAdmin');
  }
}
