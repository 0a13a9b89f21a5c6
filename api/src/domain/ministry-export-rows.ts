import type { PrismaClient } from '@naboskab/db';
import { loadMapData } from './load-map-data.ts';
import { type MinistryFilter, ministryGrantIds } from './ministry-filter.ts';
import { figuresByPartnership } from './referral/figures.ts';

/**
 * The map data at full detail plus what only the exports need (grants with their round, pool and
 * recipient organisation, for 360Giving): those the map's sums count, found by the filter's SQL form
 * (ministry-filter.ts). Constant number of statements, like the map.
 */
export async function loadExportData(prisma: PrismaClient, filter: MinistryFilter) {
  const [map, grantIds] = await Promise.all([
    loadMapData(prisma, filter, 'HIGH'),
    ministryGrantIds(prisma, filter),
  ]);
  // Two reads: a grant counts only if its partnership is on this map, even if data changed between them.
  const grants = grantIds.length
    ? await prisma.grant.findMany({
        where: { id: { in: grantIds }, partnershipId: { in: map.partnerships.map((p) => p.id) } },
        orderBy: [{ awardedOn: 'asc' }, { caseNumber: 'asc' }],
        select: {
          id: true,
          caseNumber: true,
          partnershipId: true,
          amountOre: true,
          paidOre: true,
          status: true,
          startsOn: true,
          endsOn: true,
          awardedOn: true,
          createdAt: true,
          updatedAt: true,
          partnership: { select: { description: true } },
          recipientOrganisation: { select: { id: true, name: true, cvr: true } },
          round: {
            select: {
              id: true,
              name: true,
              year: true,
              pool: { select: { id: true, name: true, funderName: true, financeAccount: true } },
            },
          },
        },
      })
    : [];
  const funders = await prisma.organisation.findMany({
    where: { name: { in: [...new Set(grants.map((g) => g.round.pool.funderName))] } },
    select: { name: true, cvr: true },
  });
  // Suppressed as one table over the exported partnerships; the CSV and GeoJSON share the cells.
  const bridge = await figuresByPartnership(
    prisma,
    map.partnerships.map((p) => p.id),
  );
  return { map, grants, funderCvr: new Map(funders.map((f) => [f.name, f.cvr])), bridge };
}

export type ExportData = Awaited<ReturnType<typeof loadExportData>>;
