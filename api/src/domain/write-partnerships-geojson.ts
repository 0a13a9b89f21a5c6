import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { ASSOCIATION_BAR, type MapData } from './load-map-data.ts';

/**
 * RFC 7946: a FeatureCollection in WGS 84 longitude/latitude (no "crs" member), one Feature per
 * area of each partnership (an area shared by two partnerships appears once for each), exterior
 * rings counterclockwise and holes clockwise (the right-hand rule), amounts in kr.
 */
export function writePartnershipsGeojson(data: MapData): FeatureCollection<Polygon | MultiPolygon> {
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const p of data.partnerships) {
    for (const area of p.areas) {
      const geometry = rightHanded(area.geometry as Polygon | MultiPolygon | null);
      if (!geometry) continue;
      features.push({
        type: 'Feature',
        id: `${p.slug}/${area.id}`,
        geometry,
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
          meetsAssociationBar: p.associations >= ASSOCIATION_BAR,
          signOnFeesKr: Number(p.signOnFeesOre) / 100,
          participantsReached: p.participantsReached,
          newParticipantsBridged: p.newParticipantsBridged,
          activitiesHeld: p.activitiesHeld,
          volunteersActive: p.volunteersActive,
          approvedHours: p.approvedHours,
          areaId: area.id,
          area: area.name,
          municipalityCode: area.municipalityCode,
          municipality: area.municipalityName,
          regionCode: area.regionCode,
          region: area.regionName,
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
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

function rightHanded(geometry: Polygon | MultiPolygon | null): Polygon | MultiPolygon | null {
  if (!geometry) return null;
  if (geometry.type === 'Polygon') return { type: 'Polygon', coordinates: orient(geometry.coordinates) };
  return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(orient) };
}
