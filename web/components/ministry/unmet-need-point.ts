// One cell of unmet need and the ring's colours: what the legend and the table need, apart from
// unmet-need-layer.ts so that the page's first JS holds no map code.
import type { Arena, Suppression } from '../../gql/graphql';

export interface UnmetNeedPoint {
  areaName?: string | null;
  arena: Arena;
  centre?: { lat: number; lon: number } | null;
  count: { value?: number | null; suppression?: Suppression | null };
}

/** The ring's colours (≥ 3:1 against land and distinct from every partnership colour). */
export const unmetNeedColours = { fill: '#fff7ed', ring: '#c2410c' } as const;
