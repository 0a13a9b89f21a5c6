import type { Context } from '../context.ts';
import { decodeId } from '../schema/partnership/ids.ts';

/**
 * The partnership a member (by global id) belongs to, for `coordinatorOf` scopes; '' when the id
 * is malformed or unknown, which no coordinator coordinates (admins then get NotFound from the resolver).
 */
export async function partnershipIdOfMember(ctx: Context, memberGlobalId: unknown): Promise<string> {
  const id = decodeId(memberGlobalId, 'PartnershipMember');
  if (!id) return '';
  const member = await ctx.prisma.partnershipMember.findUnique({
    where: { id },
    select: { partnershipId: true },
  });
  return member?.partnershipId ?? '';
}
