import type { Prisma } from '@naboskab/db';
import { notify } from '../notify.ts';

// Who hears about a volunteer sign-up, and what they are told: the opportunity's name and the
// activity's address, never the volunteer's message or contact details.

const about = {
  id: true,
  person: { select: { user: { select: { id: true } } } },
  opportunity: {
    select: {
      title: true,
      activity: { select: { partnershipId: true, address: true } },
    },
  },
} as const;

/** A volunteer signed up: the partnership's coordinators are told. */
export async function notifySignUpReceived(tx: Prisma.TransactionClient, signUpId: string) {
  const signUp = await tx.volunteerSignUp.findUniqueOrThrow({ where: { id: signUpId }, select: about });
  const coordinators = await tx.partnershipCoordinator.findMany({
    where: { partnershipId: signUp.opportunity.activity.partnershipId },
    select: { userId: true },
  });
  await notify(tx, {
    recipients: coordinators.map((c) => c.userId),
    kind: 'signUp.received',
    object: { type: 'VolunteerSignUp', id: signUp.id },
    data: { activity: signUp.opportunity.title, place: signUp.opportunity.activity.address },
  });
}

/** Coordinators approved or declined sign-ups: each volunteer is told. */
export function notifySignUpsDecided(
  tx: Prisma.TransactionClient,
  signUpIds: string[],
  decision: 'APPROVED' | 'DECLINED',
) {
  return tellVolunteers(tx, signUpIds, decision === 'APPROVED' ? 'signUp.approved' : 'signUp.declined');
}

/** A waiting volunteer got a place that was freed: they are told. */
export function notifySignUpPromoted(tx: Prisma.TransactionClient, signUpId: string) {
  return tellVolunteers(tx, [signUpId], 'signUp.promoted');
}

async function tellVolunteers(
  tx: Prisma.TransactionClient,
  signUpIds: string[],
  kind: 'signUp.approved' | 'signUp.declined' | 'signUp.promoted',
) {
  const signUps = await tx.volunteerSignUp.findMany({ where: { id: { in: signUpIds } }, select: about });
  for (const signUp of signUps) {
    const userId = signUp.person?.user?.id;
    if (!userId) continue;
    await notify(tx, {
      recipients: [userId],
      kind,
      object: { type: 'VolunteerSignUp', id: signUp.id },
      data: { activity: signUp.opportunity.title, place: signUp.opportunity.activity.address },
    });
  }
}
