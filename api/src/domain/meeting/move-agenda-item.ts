import type { Context } from '../../context.ts';
import { NotAllowedError, NotFoundError } from '../../errors.ts';
import { audit } from '../audit.ts';
import { editableMeeting } from './editable-meeting.ts';

/** Swaps an agenda item with its neighbour above (UP) or below (DOWN). */
export function moveAgendaItem(ctx: Context, agendaItemId: string, direction: 'UP' | 'DOWN') {
  return ctx.prisma.$transaction(async (tx) => {
    const item = await tx.agendaItem.findUnique({ where: { id: agendaItemId } });
    if (!item) throw new NotFoundError();
    const meeting = await editableMeeting(tx, item.meetingId);
    const neighbour = await tx.agendaItem.findFirst({
      where: {
        meetingId: item.meetingId,
        position: direction === 'UP' ? { lt: item.position } : { gt: item.position },
      },
      orderBy: { position: direction === 'UP' ? 'desc' : 'asc' },
    });
    if (!neighbour) throw new NotAllowedError('meeting.cannotMove');
    await tx.agendaItem.update({ where: { id: item.id }, data: { position: neighbour.position } });
    await tx.agendaItem.update({ where: { id: neighbour.id }, data: { position: item.position } });
    await audit(tx, ctx, {
      action: 'agendaItem.move',
      entityType: 'AgendaItem',
      entityId: item.id,
      partnershipId: meeting.partnershipId,
      changes: { position: [item.position, neighbour.position] },
    });
    return meeting;
  });
}
