import type { Prisma } from '@naboskab/db';
import { notify } from '../notify.ts';

/**
 * An action item's owner is told it is theirs, by the meeting's name only: the item's words come
 * from the minutes and stay in the app, where its due date is shown too.
 */
export async function notifyActionItemAssigned(tx: Prisma.TransactionClient, actionItemId: string) {
  const item = await tx.actionItem.findUniqueOrThrow({
    where: { id: actionItemId },
    select: {
      id: true,
      dueOn: true,
      owner: { select: { user: { select: { id: true } } } },
      meeting: { select: { title: true } },
    },
  });
  if (!item.owner.user) return;
  await notify(tx, {
    recipients: [item.owner.user.id],
    kind: 'actionItem.assigned',
    object: { type: 'ActionItem', id: item.id },
    data: { activity: item.meeting.title },
  });
}
