import type { Prisma } from '@naboskab/db';
import { hashToken } from '../../auth/session.ts';
import { newLinkToken } from '../account/account-token.ts';

/**
 * A new answer link for one person's invitation to one meeting (kept as its SHA-256 only). Each
 * invitation e-mail gets its own; all stay valid while the meeting is planned, so an older
 * e-mail still answers.
 */
export async function issueAnswerToken(
  tx: Prisma.TransactionClient,
  meetingId: string,
  personId: string,
): Promise<string> {
  const { token, tokenHash } = newLinkToken();
  await tx.meetingAnswerToken.create({ data: { tokenHash, meetingId, personId } });
  return token;
}

/** The meeting and person an answer link stands for, or null for an unknown link. */
export function findAnswerToken(db: Prisma.TransactionClient, token: string) {
  return db.meetingAnswerToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { meetingId: true, personId: true },
  });
}
