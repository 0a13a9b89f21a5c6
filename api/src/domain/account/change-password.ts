import { hashPassword, verifyPassword } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { fieldIssue, NotAllowedError } from '../../errors.ts';
import { assertNotPersonalPassword } from '../../schema/fields.ts';
import { setPassword } from './set-password.ts';

/** A signed-in user changes their password; their other sessions end, this one stays. */
export async function changePassword(ctx: Context, current: string, next: string): Promise<void> {
  const viewer = ctx.viewer;
  if (!viewer) throw new NotAllowedError('auth.signInRequired');
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: viewer.userId } });
  if (!(await verifyPassword(user.passwordHash, current))) {
    throw fieldIssue(['input', 'currentPassword'], 'password.wrongCurrent');
  }
  assertNotPersonalPassword(next, viewer, 'newPassword');
  const passwordHash = await hashPassword(next);
  await ctx.prisma.$transaction((tx) =>
    setPassword(tx, { ...user, name: viewer.name }, passwordHash, viewer.sessionId),
  );
}
