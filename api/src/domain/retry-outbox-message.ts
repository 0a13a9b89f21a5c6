import type { Context } from '../context.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import { enqueueJob, OUTBOX_QUEUE, type OutboxJob } from '../mail/queue.ts';
import { audit } from './audit.ts';

/**
 * Gives a failed message a fresh set of attempts, starting now. The conditional update makes
 * two administrators' simultaneous retries one retry: the second finds it no longer FAILED.
 */
export async function retryOutboxMessage(ctx: Context, id: string): Promise<void> {
  await ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.outboxMessage.updateMany({
      where: { id, status: 'FAILED' },
      data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date() },
    });
    if (count === 0) {
      const exists = await tx.outboxMessage.count({ where: { id } });
      throw exists ? new ConflictError('outbox.notRetryable') : new NotFoundError();
    }
    await enqueueJob<OutboxJob>(tx, OUTBOX_QUEUE, { messageId: id });
    await audit(tx, ctx, {
      action: 'retry',
      entityType: 'OutboxMessage',
      entityId: id,
      changes: { status: ['FAILED', 'PENDING'] },
    });
  });
}
