import type { Prisma } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { ConflictError, fieldIssue, InputValidationError, NotFoundError } from '../../errors.ts';
import { audit, changedFields } from '../audit.ts';
import { pointInArea } from './point-in-area.ts';
import type { ResourceFields } from './resource-input.ts';

/**
 * Creates (no `id`) or updates a resource with its weekly hours and date exceptions, which are
 * replaced as a whole. The owner must be a member organisation of the partnership and the area
 * one of its areas. The caller has checked that the viewer coordinates the partnership.
 */
export async function saveResource(
  ctx: Context,
  target: { partnershipId: string; id?: string },
  input: ResourceFields,
): Promise<string> {
  return ctx.prisma.$transaction(async (tx) => {
    const { partnershipId } = target;
    const member = await tx.partnershipMember.findFirst({
      where: { partnershipId, organisationId: input.ownerOrganisationId },
      select: { id: true },
    });
    const issues = member
      ? []
      : fieldIssue(['input', 'ownerOrganisationId'], 'resource.ownerNotMember').issues;
    if (input.areaId) {
      const link = await tx.partnershipArea.findFirst({
        where: { partnershipId, areaId: input.areaId },
        select: { area: { select: { boundary: true } } },
      });
      if (!link) issues.push({ path: ['input', 'areaId'], message: 'resource.areaNotInPartnership' });
      else if (
        input.lat != null &&
        input.lon != null &&
        !pointInArea(link.area.boundary, input.lon, input.lat)
      )
        issues.push({ path: ['input', 'lat'], message: 'resource.pointOutsideArea' });
    }
    if (issues.length) throw new InputValidationError(issues);

    const data = {
      ownerOrganisationId: input.ownerOrganisationId,
      kind: input.kind,
      title: input.title,
      description: input.description ?? '',
      capacity: input.capacity ?? null,
      address: input.address ?? null,
      lat: input.lat ?? null,
      lon: input.lon ?? null,
      areaId: input.areaId ?? null,
      audience: input.audience,
      requiresApproval: input.requiresApproval,
    } satisfies Partial<Prisma.ResourceUncheckedCreateInput>;
    const hours = input.openingHours.map(({ weekday, opensAt, closesAt }) => ({
      weekday,
      opensAt,
      closesAt,
    }));
    const exceptions = input.exceptions.map((e) => ({
      date: e.date,
      closed: e.closed,
      opensAt: e.closed ? null : (e.opensAt ?? null),
      closesAt: e.closed ? null : (e.closesAt ?? null),
      note: e.note ?? '',
    }));

    if (!target.id) {
      const created = await tx.resource.create({
        data: {
          ...data,
          partnershipId,
          openingHours: { createMany: { data: hours } },
          exceptions: { createMany: { data: exceptions } },
        },
      });
      await audit(tx, ctx, {
        action: 'resource.offer',
        entityType: 'Resource',
        entityId: created.id,
        partnershipId,
        changes: changedFields({} as Record<string, unknown>, { ...data, openingHours: hours, exceptions }),
      });
      return created.id;
    }

    // The row lock orders this edit with a withdrawal (its conditional update): a resource
    // withdrawn first is refused, one withdrawn after is withdrawn as edited.
    const [locked] = await tx.$queryRaw<{ withdrawn: boolean }[]>`
      SELECT "withdrawnAt" IS NOT NULL AS withdrawn FROM "Resource"
      WHERE id = ${target.id}::uuid AND "partnershipId" = ${partnershipId}::uuid FOR UPDATE`;
    if (!locked) throw new NotFoundError();
    if (locked.withdrawn) throw new ConflictError('resource.withdrawnNotEditable');
    const before = await tx.resource.findUniqueOrThrow({
      where: { id: target.id },
      include: { openingHours: true, exceptions: true },
    });
    await tx.resourceOpeningHours.deleteMany({ where: { resourceId: before.id } });
    await tx.resourceException.deleteMany({ where: { resourceId: before.id } });
    await tx.resource.update({
      where: { id: before.id },
      data: {
        ...data,
        openingHours: { createMany: { data: hours } },
        exceptions: { createMany: { data: exceptions } },
      },
    });
    const plain = (rows: object[]) =>
      rows.map((row) =>
        Object.fromEntries(Object.entries(row).filter(([k]) => !['id', 'resourceId'].includes(k))),
      );
    await audit(tx, ctx, {
      action: 'resource.update',
      entityType: 'Resource',
      entityId: before.id,
      partnershipId,
      changes: changedFields(
        { ...before, openingHours: plain(before.openingHours), exceptions: plain(before.exceptions) },
        { ...data, openingHours: hours, exceptions },
      ),
    });
    return before.id;
  });
}
