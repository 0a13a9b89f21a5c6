import type { Context } from '../context.ts';
import { ConflictError, fieldIssue, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';

/** Makes a user (role COORDINATOR or ADMIN) a coordinator of a partnership. */
export async function addPartnershipCoordinator(ctx: Context, partnershipId: string, userId: string) {
  return ctx.prisma.$transaction(async (tx) => {
    const partnership = await tx.partnership.findUnique({
      where: { id: partnershipId },
      select: { id: true },
    });
    if (!partnership) throw new NotFoundError();
    const user = await tx.user.findUnique({
      where: { id: userId },
      select: { role: true, person: { select: { name: true } } },
    });
    if (!user) throw fieldIssue(['input', 'userId'], 'id.invalid');
    if (user.role !== 'COORDINATOR' && user.role !== 'ADMIN')
      throw fieldIssue(['input', 'userId'], 'coordinator.wrongRole');
    const existing = await tx.partnershipCoordinator.findUnique({
      where: { partnershipId_userId: { partnershipId, userId } },
    });
    if (existing) throw new ConflictError('coordinator.already');
    await tx.partnershipCoordinator.create({ data: { partnershipId, userId } });
    await audit(tx, ctx, {
      action: 'create',
      entityType: 'PartnershipCoordinator',
      entityId: userId,
      partnershipId,
      changes: { coordinator: [null, user.person.name] },
    });
  });
}
