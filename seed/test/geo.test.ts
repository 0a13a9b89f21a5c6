import { describe, expect, it } from 'vitest';
import {
  buildAreaPolygon,
  findMunicipality,
  loadGeography,
  pointInGeometry,
  pointInRing,
  ringSignedArea,
} from '../src/geo.ts';
import { createRng } from '../src/random.ts';

describe('geography', () => {
  it('loads the 98 municipalities (not Christiansø) and the five regions', () => {
    const { regions, municipalities } = loadGeography();
    expect(regions).toHaveLength(5);
    expect(municipalities).toHaveLength(98);
    expect(municipalities.some((m) => m.code === '0411')).toBe(false);
  });

  it('finds the municipality of a point by ray casting', () => {
    expect(findMunicipality(56.153, 10.133)?.code).toBe('0751');
    expect(findMunicipality(55.409, 10.435)?.code).toBe('0461');
    expect(findMunicipality(55.713, 12.48)?.code).toBe('0101');
    expect(findMunicipality(57.5, 5)).toBeUndefined(); // the North Sea
  });

  it('tells inside from outside a ring', () => {
    const square: [number, number][] = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(pointInRing([0.5, 0.5], square)).toBe(true);
    expect(pointInRing([1.5, 0.5], square)).toBe(false);
    expect(ringSignedArea(square)).toBeGreaterThan(0);
  });

  it('builds closed, counter-clockwise polygons a few hundred metres across around the centre', () => {
    const rng = createRng(7);
    for (let i = 0; i < 50; i++) {
      const polygon = buildAreaPolygon(56.153, 10.133, rng);
      const ring = polygon.coordinates[0] ?? [];
      expect(ring.length).toBeGreaterThanOrEqual(8);
      expect(ring.length).toBeLessThanOrEqual(11);
      expect(ring.at(-1)).toEqual(ring[0]);
      expect(ringSignedArea(ring)).toBeGreaterThan(0);
      expect(pointInGeometry([10.133, 56.153], polygon)).toBe(true);
      const lats = ring.map(([, lat]) => lat);
      const spanMetres = (Math.max(...lats) - Math.min(...lats)) * 111_320;
      expect(spanMetres).toBeGreaterThan(200);
      expect(spanMetres).toBeLessThan(800);
    }
  });

  it('gives the same numbers for the same seed', () => {
    const a = createRng(42);
    const b = createRng(42);
    expect(Array.from({ length: 5 }, () => a.int(0, 1000))).toEqual(
      Array.from({ length: 5 }, () => b.int(0, 1000)),
    );
  });
});
