import type { Arena, PartnershipStatus, TargetGroup } from '@naboskab/db';
import type { Context } from '../context.ts';
import { fieldIssue, mapPrismaError, NotFoundError } from '../errors.ts';
import { audit, changedFields } from './audit.ts';
import { canMovePartnershipStatus } from './partnership-status.ts';

export interface UpdatePartnershipInput {
  id: string;
  name?: string;
  description?: string;
  areaIds?: string[];
  arenas?: Arena[];
  targetGroups?: TargetGroup[];
  startsOn?: Date;
  endsOn?: Date | null;
  status?: PartnershipStatus;
}

/** Changes the given fields (status only forward), replaces the areas when given, and audits the diff. */
export async function updatePartnership(ctx: Context, { id, areaIds, ...fields }: UpdatePartnershipInput) {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const before = await tx.partnership.findUnique({
        where: { id },
        include: { areas: { select: { areaId: true } } },
      });
      if (!before) throw new NotFoundError();
      if (fields.status && !canMovePartnershipStatus(before.status, fields.status))
        throw fieldIssue(['input', 'status'], 'partnership.statusBackwards');
      const startsOn = fields.startsOn ?? before.startsOn;
      const endsOn = fields.endsOn === undefined ? before.endsOn : fields.endsOn;
      if (endsOn && endsOn < startsOn) throw fieldIssue(['input', 'endsOn'], 'partnership.endsBeforeStart');
      const changes = changedFields(before, fields);
      if (areaIds) {
        const beforeAreas = before.areas.map((a) => a.areaId).sort();
        const afterAreas = [...new Set(areaIds)].sort();
        if (JSON.stringify(beforeAreas) !== JSON.stringify(afterAreas)) {
          const found = await tx.area.count({ where: { id: { in: afterAreas } } });
          if (found !== afterAreas.length) throw fieldIssue(['input', 'areaIds'], 'partnership.areaUnknown');
          await tx.partnershipArea.deleteMany({ where: { partnershipId: id } });
          await tx.partnershipArea.createMany({
            data: afterAreas.map((areaId) => ({ partnershipId: id, areaId })),
          });
          changes.areaIds = [beforeAreas, afterAreas];
        }
      }
      const partnership = await tx.partnership.update({ where: { id }, data: fields });
      if (Object.keys(changes).length)
        await audit(tx, ctx, {
          action: 'update',
          entityType: 'Partnership',
          entityId: id,
          partnershipId: id,
          changes,
        });
      return partnership;
    });
  } catch (error) {
    throw mapPrismaError(error);
  }
}
