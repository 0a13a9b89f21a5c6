import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { meetsBar } from './association-bar.ts';
import type { MapData } from './load-map-data.ts';
import type { Figures } from './referral/figures.ts';

/**
 * RFC 7946: a FeatureCollection in WGS 84 longitude/latitude (no "crs" member), amounts in kr.
 * ONE Feature per partnership: its areas together as one MultiPolygon, and their names and codes
 * in the `areas` property. The partnership's grant and figures therefore appear once, so summing
 * a property over the features gives the right total (a Feature per area repeated the whole grant
 * on each area and double-counted it). Rings follow the right-hand rule (exteriors
 * counterclockwise, holes clockwise). `bridgeFigures` holds the suppressed bridge-building figures
 * as the API gives them: `{ value, suppression }`, value null when hidden ("SMALL" is 1-4).
 */
export function writePartnershipsGeojson(
  data: MapData,
  bridge: Map<string, Figures> = new Map(),
): FeatureCollection<MultiPolygon> {
  const features: Feature<MultiPolygon>[] = [];
  for (const p of data.partnerships) {
    const polygons = p.areas.flatMap((area) => polygonsOf(area.geometry as Polygon | MultiPolygon | null));
    if (!polygons.length) continue;
    features.push({
      type: 'Feature',
      id: p.slug,
      geometry: { type: 'MultiPolygon', coordinates: polygons.map(orient) },
      properties: {
        partnershipId: p.id,
        partnership: p.name,
        slug: p.slug,
        status: p.status,
        arenas: p.arenas,
        targetGroups: p.targetGroups,
        startsOn: p.startsOn.toISOString().slice(0, 10),
        endsOn: p.endsOn?.toISOString().slice(0, 10) ?? null,
        grantedKr: Number(p.grantedOre) / 100,
        paidKr: Number(p.paidOre) / 100,
        associations: p.associations,
        associationBar: p.associationBar,
        meetsAssociationBar: meetsBar(p.associations, p.associationBar),
        signOnFeesKr: Number(p.signOnFeesOre) / 100,
        participantsReached: p.participantsReached,
        newParticipantsBridged: p.newParticipantsBridged,
        activitiesHeld: p.activitiesHeld,
        volunteersActive: p.volunteersActive,
        approvedHours: p.approvedHours,
        bridgeFigures: bridge.get(p.id) ?? null,
        areas: p.areas.map((area) => ({
          id: area.id,
          name: area.name,
          municipalityCode: area.municipalityCode,
          municipality: area.municipalityName,
          regionCode: area.regionCode,
          region: area.regionName,
        })),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

function polygonsOf(geometry: Polygon | MultiPolygon | null): Position[][][] {
  if (!geometry) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

// Shoelace sum: positive for a counterclockwise ring in lon/lat.
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    const [x2 = 0, y2 = 0] = ring[i + 1] as Position;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

function orient(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0) === ccw ? ring : [...ring].reverse();
  });
}
