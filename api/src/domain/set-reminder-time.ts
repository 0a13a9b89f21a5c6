import type { Context } from '../context.ts';
import { NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';

/**
 * Sets when the partnership's day-before reminders go out. The row is locked while the old value
 * is read, so two coordinators changing it at once leave an audit trail that chains.
 */
export function setReminderTime(ctx: Context, input: { partnershipId: string; minutes: number }) {
  return ctx.prisma.$transaction(async (tx) => {
    const [before] = await tx.$queryRaw<{ reminderMinutes: number }[]>`
      SELECT "reminderMinutes" FROM "Partnership" WHERE id = ${input.partnershipId}::uuid FOR UPDATE`;
    if (!before) throw new NotFoundError();
    if (before.reminderMinutes !== input.minutes) {
      await tx.partnership.update({
        where: { id: input.partnershipId },
        data: { reminderMinutes: input.minutes },
      });
      await audit(tx, ctx, {
        action: 'update',
        entityType: 'Partnership',
        entityId: input.partnershipId,
        partnershipId: input.partnershipId,
        changes: { reminderMinutes: [before.reminderMinutes, input.minutes] },
      });
    }
    return { id: input.partnershipId };
  });
}
