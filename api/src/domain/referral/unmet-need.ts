import { type Arena, Prisma, type PrismaClient } from '@naboskab/db';
import type { Context } from '../../context.ts';
import { ConflictError } from '../../errors.ts';
import { t } from '../../i18n.ts';
import { audit } from '../audit.ts';
import { type Cell, cellText, suppressColumn } from './suppression.ts';

export interface UnmetNeedCell {
  areaId: string | null;
  areaName: string | null;
  centre: { lat: number; lon: number } | null;
  arena: Arena;
  count: Cell;
}

/**
 * Referrals for which the guide found no matching activity, by the citizen's area and life arena
 * (a referral counts once in each of its arenas): demand without supply. Suppressed as a table;
 * with `all` (the unfiltered partnerships the ids were cut from), a cell whose difference from the
 * same cell over `all` is 1-4 is hidden too (rule 2 of suppression.ts). `arena` keeps one arena.
 */
export async function unmetNeed(
  prisma: PrismaClient,
  partnershipIds: string[],
  options: { all?: string[]; arena?: Arena | null } = {},
): Promise<UnmetNeedCell[]> {
  if (!partnershipIds.length) return [];
  const all = options.all ?? partnershipIds;
  const rows = await prisma.$queryRaw<
    {
      areaId: string | null;
      areaName: string | null;
      lat: number | null;
      lon: number | null;
      arena: Arena;
      n: number;
      parent: number;
    }[]
  >(Prisma.sql`
    SELECT * FROM (
      SELECT r."areaId"::text AS "areaId", a.name AS "areaName", a."centreLat" AS lat, a."centreLon" AS lon,
        arena::text AS arena, count(*) FILTER (WHERE r."partnershipId" = ANY(${partnershipIds}::uuid[]))::int AS n,
        count(*)::int AS parent
      FROM "Referral" r CROSS JOIN LATERAL unnest(r.arenas) AS arena
      LEFT JOIN "Area" a ON a.id = r."areaId"
      WHERE r."partnershipId" = ANY(${[...new Set([...all, ...partnershipIds])]}::uuid[])
        AND r."noMatchingActivityAt" IS NOT NULL
        AND (${options.arena ?? null}::text IS NULL OR arena::text = ${options.arena ?? null}::text)
      GROUP BY 1, 2, 3, 4, 5) cells
    WHERE n > 0 ORDER BY 2 NULLS LAST, 5`);
  const cells = suppressColumn(
    rows.map((row) => row.n),
    rows.map((row) => (row.parent === row.n ? [] : [row.parent])),
  );
  return rows.map((row, index) => ({
    areaId: row.areaId,
    areaName: row.areaName,
    centre: row.lat === null || row.lon === null ? null : { lat: row.lat, lon: row.lon },
    arena: row.arena,
    count: cells[index] ?? { value: null, suppression: 'SMALL' },
  }));
}

/**
 * Puts the partnership's unmet need on the agenda of its next planned joint meeting, as counts
 * (suppressed) by area and arena, so the members can plan activities that are missing.
 */
export async function addUnmetNeedToAgenda(ctx: Context, partnershipId: string) {
  const cells = await unmetNeed(ctx.prisma, [partnershipId]);
  const lines = cells.map(
    (c) =>
      `${c.areaName ?? t(ctx.locale, 'referral.noArea')} · ${t(ctx.locale, `ministry.arena.${c.arena}`)}: ${cellText(c.count, t(ctx.locale, 'referral.hidden'))}`,
  );
  return ctx.prisma.$transaction(async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { partnershipId, status: 'PLANNED', startsAt: { gt: new Date() } },
      orderBy: { startsAt: 'asc' },
      select: {
        id: true,
        agendaItems: { orderBy: { position: 'desc' }, take: 1, select: { position: true } },
      },
    });
    if (!meeting) throw new ConflictError('referral.noUpcomingMeeting');
    const item = await tx.agendaItem.create({
      data: {
        meetingId: meeting.id,
        position: (meeting.agendaItems[0]?.position ?? 0) + 1,
        title: t(ctx.locale, 'referral.unmetNeedTitle'),
        description: lines.length ? lines.join('\n') : t(ctx.locale, 'referral.noUnmetNeed'),
      },
    });
    await audit(tx, ctx, {
      action: 'agendaItem.create',
      entityType: 'AgendaItem',
      entityId: item.id,
      partnershipId,
    });
    return item;
  });
}
