import type { Context } from '../context.ts';
import { decodeId } from '../schema/partnership/ids.ts';

/** The partnership a sign-on fee (by global id) belongs to, for `coordinatorOf`; '' when unknown. */
export async function partnershipIdOfSignOnFee(ctx: Context, feeGlobalId: unknown): Promise<string> {
  const id = decodeId(feeGlobalId, 'SignOnFee');
  if (!id) return '';
  const fee = await ctx.prisma.signOnFee.findUnique({ where: { id }, select: { partnershipId: true } });
  return fee?.partnershipId ?? '';
}
