import type { Prisma, SignUpStatus } from '@naboskab/db';
import { notify } from '../notify.ts';

// Who hears that a shift moved or was cancelled: everyone still signed up for its opportunity
// (applied, approved or waiting), never those declined or withdrawn, nor erased people. They
// are told the opportunity's name, the shift's (new) time and the activity's address.

const signedUp: SignUpStatus[] = ['APPLIED', 'APPROVED', 'WAITLISTED'];

export async function notifyShiftVolunteers(
  tx: Prisma.TransactionClient,
  shiftId: string,
  kind: 'shift.moved' | 'shift.cancelled',
) {
  const shift = await tx.shift.findUniqueOrThrow({
    where: { id: shiftId },
    select: {
      id: true,
      startsAt: true,
      opportunity: {
        select: {
          title: true,
          activity: { select: { address: true } },
          signUps: {
            where: { status: { in: signedUp } },
            select: { person: { select: { user: { select: { id: true } } } } },
          },
        },
      },
    },
  });
  await notify(tx, {
    recipients: shift.opportunity.signUps.flatMap((s) => (s.person?.user ? [s.person.user.id] : [])),
    kind,
    object: { type: 'Shift', id: shift.id },
    data: {
      activity: shift.opportunity.title,
      startsAt: shift.startsAt,
      place: shift.opportunity.activity.address,
    },
  });
}
