import type { Context } from '../context.ts';
import { fieldIssue, NotAllowedError, NotFoundError } from '../errors.ts';
import { audit } from './audit.ts';
import { lockRow } from './lock-row.ts';

const copenhagenDate = (instant: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(instant);

/**
 * Logs the viewer's hours on an activity they are approved for. At most 24 hours a day in total
 * (their pending and approved entries of that date across activities); the person's rows are
 * locked for the check so two requests at once cannot both squeeze under the limit.
 */
export async function logVolunteerHours(
  ctx: Context,
  personId: string,
  input: { activityId: string; date: Date; hours: number; note: string },
): Promise<string> {
  return ctx.prisma.$transaction(async (tx) => {
    const activity = await tx.activity.findUnique({
      where: { id: input.activityId },
      select: { partnershipId: true, endsOn: true },
    });
    if (!activity) throw new NotFoundError();
    const signUp = await tx.volunteerSignUp.findFirst({
      where: { personId, status: 'APPROVED', opportunity: { activityId: input.activityId } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    });
    if (!signUp) throw new NotAllowedError('volunteer.hoursNotApproved');
    // Hours fall within the sign-up's period: from the day they signed up (Danish date) to the
    // activity's end, not on a date long before they joined.
    const signedUpOn = new Date(`${copenhagenDate(signUp.createdAt)}T00:00:00Z`);
    if (input.date < signedUpOn || (activity.endsOn && input.date > activity.endsOn))
      throw fieldIssue(['input', 'date'], 'volunteer.hoursOutsidePeriod');
    await lockRow(tx, 'Person', personId);
    const logged = await tx.volunteerHours.aggregate({
      where: { personId, date: input.date, status: { in: ['PENDING', 'APPROVED'] } },
      _sum: { hours: true },
    });
    if (Number(logged._sum.hours ?? 0) + input.hours > 24)
      throw fieldIssue(['input', 'hours'], 'volunteer.hoursDayTotal');
    const row = await tx.volunteerHours.create({
      data: {
        activityId: input.activityId,
        personId,
        date: input.date,
        hours: input.hours.toFixed(2),
        note: input.note,
      },
    });
    await tx.person.update({ where: { id: personId }, data: { lastActiveAt: new Date() } });
    await audit(tx, ctx, {
      action: 'hours.log',
      entityType: 'VolunteerHours',
      entityId: row.id,
      partnershipId: activity.partnershipId,
      changes: { hours: [null, input.hours] },
    });
    return row.id;
  });
}
