import type { Prisma } from '@naboskab/db';

type Ring = [number, number][];

/** The code of the municipality whose boundary contains the point, or null (point in polygon, even-odd). */
export async function findMunicipality(
  tx: Prisma.TransactionClient,
  point: { lat: number; lon: number },
): Promise<string | null> {
  const municipalities = await tx.municipality.findMany({ select: { code: true, boundary: true } });
  for (const { code, boundary } of municipalities) {
    const geometry = boundary as { type?: string; coordinates?: unknown };
    const polygons = (
      geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
    ) as Ring[][];
    if (Array.isArray(polygons) && polygons.some((rings) => inPolygon(point, rings))) return code;
  }
  return null;
}

function inPolygon({ lat, lon }: { lat: number; lon: number }, rings: Ring[]): boolean {
  let inside = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
  return inside;
}
