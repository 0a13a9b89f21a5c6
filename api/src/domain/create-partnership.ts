import type { Arena, TargetGroup } from '@naboskab/db';
import type { Context } from '../context.ts';
import { fieldIssue, mapPrismaError } from '../errors.ts';
import { audit } from './audit.ts';
import { slugify } from './slugify.ts';

export interface CreatePartnershipInput {
  name: string;
  slug?: string | null;
  description: string;
  areaIds: string[];
  arenas: Arena[];
  targetGroups: TargetGroup[];
  startsOn: Date;
  endsOn?: Date | null;
}

/**
 * Creates a PLANNED partnership in its areas. A coordinator who creates it becomes its coordinator
 * (admins create without becoming one). The slug is derived from the name unless given, made
 * unique with a number.
 */
export async function createPartnership(ctx: Context, input: CreatePartnershipInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw new Error('createPartnership needs a viewer (checked by authScopes)');
  try {
    const created = await ctx.prisma.$transaction(async (tx) => {
      const areas = await tx.area.count({ where: { id: { in: input.areaIds } } });
      if (areas !== input.areaIds.length) throw fieldIssue(['input', 'areaIds'], 'partnership.areaUnknown');
      const slug = input.slug ?? (await freeSlug(tx, slugify(input.name) || 'partnerskab'));
      if (input.slug && (await tx.partnership.findUnique({ where: { slug }, select: { id: true } })))
        throw fieldIssue(['input', 'slug'], 'partnership.slugTaken');
      const partnership = await tx.partnership.create({
        data: {
          name: input.name,
          slug,
          description: input.description,
          status: 'PLANNED',
          arenas: input.arenas,
          targetGroups: input.targetGroups,
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          areas: { create: input.areaIds.map((areaId) => ({ areaId })) },
          ...(viewer.role === 'COORDINATOR' ? { coordinators: { create: { userId: viewer.userId } } } : {}),
        },
      });
      await audit(tx, ctx, {
        action: 'create',
        entityType: 'Partnership',
        entityId: partnership.id,
        partnershipId: partnership.id,
        changes: {
          name: [null, input.name],
          status: [null, 'PLANNED'],
          areaIds: [null, input.areaIds],
          arenas: [null, input.arenas],
          targetGroups: [null, input.targetGroups],
          startsOn: [null, input.startsOn],
          endsOn: [null, input.endsOn ?? null],
        },
      });
      return partnership;
    });
    // The rest of this request (e.g. the result's viewerCanCoordinate) sees the new right.
    if (viewer.role === 'COORDINATOR')
      ctx.viewer = { ...viewer, coordinatorOf: new Set([...viewer.coordinatorOf, created.id]) };
    return created;
  } catch (error) {
    throw mapPrismaError(error);
  }
}

async function freeSlug(
  tx: { partnership: { findMany: Context['prisma']['partnership']['findMany'] } },
  base: string,
): Promise<string> {
  const taken = new Set(
    (await tx.partnership.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map(
      (p) => p.slug,
    ),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
