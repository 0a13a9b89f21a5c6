import type { Context } from '../../context.ts';
import { ConflictError, NotFoundError } from '../../errors.ts';
import { audit } from '../audit.ts';
import { editableMeeting } from './editable-meeting.ts';

/** Saving an outdated version: the caller gets the current text to merge with their own. */
export class MinutesConflictError extends ConflictError {
  constructor(
    readonly currentText: string,
    readonly currentVersion: number,
  ) {
    super('meeting.minutesConflict');
  }
}

/**
 * Optimistic concurrency: the write happens only if the stored version is still `expectedVersion`
 * (0 = no minutes yet), in one statement (UPDATE … WHERE version = expected, or INSERT … ON
 * CONFLICT DO NOTHING), so of two saves of the same version exactly one changes a row.
 */
export async function saveMinutes(ctx: Context, agendaItemId: string, text: string, expectedVersion: number) {
  const result = await ctx.prisma.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({ where: { id: agendaItemId }, select: { meetingId: true } });
    if (!item) throw new NotFoundError();
    const meeting = await editableMeeting(tx, item.meetingId);
    const updatedById = ctx.viewer?.userId ?? null;
    const written =
      expectedVersion === 0
        ? await tx.minutes.createMany({
            data: [{ meetingId: item.meetingId, agendaItemId, text, version: 1, updatedById }],
            skipDuplicates: true,
          })
        : await tx.minutes.updateMany({
            where: { agendaItemId, version: expectedVersion },
            data: { text, version: { increment: 1 }, updatedById },
          });
    const current = await tx.minutes.findUnique({ where: { agendaItemId } });
    if (written.count !== 1 || !current) return { conflict: current };
    await audit(tx, ctx, {
      action: 'minutes.save',
      entityType: 'Minutes',
      entityId: current.id,
      partnershipId: meeting.partnershipId,
      changes: { version: [expectedVersion, current.version] },
    });
    return { saved: current };
  });
  // Thrown after the transaction: it wrote nothing, and the conflict carries committed text.
  if ('saved' in result && result.saved) return result.saved;
  throw new MinutesConflictError(result.conflict?.text ?? '', result.conflict?.version ?? 0);
}
