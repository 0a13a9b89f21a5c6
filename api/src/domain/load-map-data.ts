import type { Prisma, PrismaClient } from '@naboskab/db';
import { associationBarOf, meetsBar } from './association-bar.ts';
import { compactGeometry, type MapDetail } from './compact-geometry.ts';
import { type LonelinessCell, suppressLoneliness } from './loneliness-cells.ts';
import type { MinistryFilter } from './ministry-filter.ts';
import { type MapPartnershipRow, readMapRows } from './read-map-rows.ts';
import { suppressColumn, suppressCount } from './referral/suppression.ts';

export interface MapArea {
  id: string;
  name: string;
  municipalityCode: string;
  municipalityName: string;
  regionCode: string;
  regionName: string;
  centre: { lat: number; lon: number };
  geometry: unknown;
}

export interface MapPartnership {
  id: string;
  name: string;
  slug: string;
  status: Prisma.PartnershipGetPayload<object>['status'];
  arenas: Prisma.PartnershipGetPayload<object>['arenas'];
  targetGroups: Prisma.PartnershipGetPayload<object>['targetGroups'];
  startsOn: Date;
  endsOn: Date | null;
  grantedOre: bigint;
  paidOre: bigint;
  associations: number;
  /** The bar of voluntary associations its pools ask for; null when none does. */
  associationBar: number | null;
  signOnFeesOre: bigint;
  signOnFeeCount: number;
  participantsReached: number;
  /** Null when hidden: see newParticipantsBridged() below. */
  newParticipantsBridged: number | null;
  activitiesHeld: number;
  volunteersActive: number;
  approvedHours: number;
  centre: { lat: number; lon: number };
  areas: MapArea[];
}

export interface MapTotals {
  partnerships: number;
  grantedOre: bigint;
  paidOre: bigint;
  /** Distinct organisations that are voluntary-association members of the partnerships. */
  associations: number;
  /** Partnerships whose pool sets the bar, and how many of them meet it. */
  partnershipsWithAssociationBar: number;
  partnershipsMeetingAssociationBar: number;
  signOnFeesOre: bigint;
  signOnFeeCount: number;
  participantsReached: number;
  newParticipantsBridged: number | null;
  activitiesHeld: number;
  /** Distinct volunteers with an approved sign-up (an erased volunteer still counts once). */
  volunteersActive: number;
  approvedHours: number;
  /** Suppressed, against the unfiltered sums when the map is filtered (loneliness-cells.ts). */
  loneliness: LonelinessCell[];
}

export interface MapData {
  partnerships: MapPartnership[];
  totals: MapTotals;
}

/**
 * "New participants bridged" per partnership: the confirmed first attendances once it records
 * referrals (domain/referral), its typed report figures until then. Counts of referrals are
 * suppressed as a column with a total (domain/referral/suppression.ts), and the total is hidden
 * when the hidden cells add up to 1-4.
 */
function newParticipantsBridged(rows: MapPartnershipRow[]) {
  const counted = rows.map((row) => row.countedBridged ?? 0);
  const cells = suppressColumn(counted);
  const values = rows.map((row, i) =>
    row.countedBridged == null ? row.reportedBridged : (cells[i]?.value ?? null),
  );
  const hidden = counted.reduce((sum, n, i) => sum + (cells[i]?.suppression ? n : 0), 0);
  const total = values.reduce<number>((sum, value) => sum + (value ?? 0), 0) + hidden;
  return { values, total: suppressCount(hidden).suppression ? null : total };
}

/**
 * The ministry's map: every funded partnership matching `filter` with its areas, money and
 * outcome figures, and the totals of exactly those rows. One SQL statement whatever the filter
 * and the number of partnerships (read-map-rows.ts); suppression, outlines and sums here.
 */
export async function loadMapData(
  prisma: PrismaClient,
  filter: MinistryFilter,
  detail: MapDetail,
): Promise<MapData> {
  const rows = await readMapRows(prisma, filter);
  const bridged = newParticipantsBridged(rows.partnerships);
  const partnerships = rows.partnerships.map((row, index): MapPartnership => {
    const areas = row.areas.map((area) => ({
      id: area.id,
      name: area.name,
      municipalityCode: area.municipalityCode,
      municipalityName: area.municipalityName,
      regionCode: area.regionCode,
      regionName: area.regionName,
      centre: { lat: area.centreLat, lon: area.centreLon },
      geometry: compactGeometry(area.boundary, detail),
    }));
    return {
      id: row.id,
      name: row.name,
      slug: row.slug,
      status: row.status,
      arenas: row.arenas,
      targetGroups: row.targetGroups,
      // Calendar dates, as Prisma reads a @db.Date: midnight UTC.
      startsOn: new Date(row.startsOn),
      endsOn: row.endsOn === null ? null : new Date(row.endsOn),
      grantedOre: BigInt(row.grantedOre),
      paidOre: BigInt(row.paidOre),
      associations: row.associations,
      associationBar: associationBarOf(row.streams),
      signOnFeesOre: BigInt(row.signOnFeesOre),
      signOnFeeCount: row.signOnFeeCount,
      participantsReached: row.participantsReached,
      newParticipantsBridged: bridged.values[index] ?? null,
      activitiesHeld: row.activitiesHeld,
      volunteersActive: row.volunteersActive,
      approvedHours: row.approvedHours,
      centre: centreOf(areas.map((a) => a.centre)),
      areas,
    };
  });
  const sum = <K extends keyof MapPartnership>(key: K) =>
    partnerships.reduce((total, p) => total + Number(p[key]), 0);
  return {
    partnerships,
    totals: {
      partnerships: partnerships.length,
      grantedOre: partnerships.reduce((total, p) => total + p.grantedOre, 0n),
      paidOre: partnerships.reduce((total, p) => total + p.paidOre, 0n),
      associations: rows.associations,
      partnershipsWithAssociationBar: partnerships.filter((p) => p.associationBar !== null).length,
      partnershipsMeetingAssociationBar: partnerships.filter((p) =>
        meetsBar(p.associations, p.associationBar),
      ).length,
      signOnFeesOre: partnerships.reduce((total, p) => total + p.signOnFeesOre, 0n),
      signOnFeeCount: sum('signOnFeeCount'),
      participantsReached: sum('participantsReached'),
      newParticipantsBridged: bridged.total,
      activitiesHeld: sum('activitiesHeld'),
      volunteersActive: rows.volunteers,
      approvedHours: Math.round(sum('approvedHours') * 100) / 100,
      loneliness: suppressLoneliness(rows.loneliness, rows.lonelinessFunded),
    },
  };
}

function centreOf(points: { lat: number; lon: number }[]) {
  if (!points.length) return { lat: 56, lon: 10.5 };
  const lat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lon = points.reduce((s, p) => s + p.lon, 0) / points.length;
  return { lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5 };
}
