import type { Prisma, Role } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { NotAllowedError, NotFoundError } from '../../errors.ts';
import { audit } from '../audit.ts';
import { endGuideshipsOfUser } from '../referral/guideships.ts';
import { assertAdministratorRemains } from './admin-invariant.ts';

export type UserChange = { role: Role } | { active: boolean };

/**
 * An administrator changes another user's role or deactivates/reactivates them, in one transaction
 * that keeps an active administrator and ends the person's sessions at once: a new role must
 * not ride on an old session, and a deactivated person must be out now. A person who can no
 * longer guide (deactivated, or no coordinator) stops being a fællesskabsguide everywhere.
 */
export async function changeUser(ctx: Context, userId: string, change: UserChange): Promise<void> {
  const actor = ctx.viewer;
  if (!actor) throw new NotAllowedError('auth.signInRequired');
  if (userId === actor.userId) {
    throw new NotAllowedError('role' in change ? 'user.ownRole' : 'user.ownStatus');
  }
  await ctx.prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({
      where: { id: userId },
      select: { id: true, role: true, disabledAt: true },
    });
    if (!before) throw new NotFoundError();
    const data = dataFor(before, change);
    if (!data) return;
    if ('role' in change || change.active === false) await assertAdministratorRemains(tx, actor, before);
    await tx.user.update({ where: { id: userId }, data });
    await tx.session.deleteMany({ where: { userId } });
    await audit(tx, ctx, {
      action: 'role' in change ? 'update' : change.active ? 'reactivate' : 'deactivate',
      entityType: 'User',
      entityId: userId,
      changes:
        'role' in change
          ? { role: [before.role, change.role] }
          : { disabledAt: [before.disabledAt, data.disabledAt ?? null] },
    });
    if ('role' in change ? change.role !== 'COORDINATOR' : !change.active) {
      await endGuideshipsOfUser(tx, ctx, userId);
    }
  });
}

/** The update a change needs, or null when the user is already so. */
function dataFor(
  before: { role: Role; disabledAt: Date | null },
  change: UserChange,
): (Prisma.UserUpdateInput & { disabledAt?: Date | null }) | null {
  if ('role' in change) return before.role === change.role ? null : { role: change.role };
  if (change.active === (before.disabledAt === null)) return null;
  return { disabledAt: change.active ? null : new Date() };
}
