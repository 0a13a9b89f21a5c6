// The ministry map's colours by status or by arena: shared by the map's layers and the page's
// legend, apart from partnership-layers.ts so that the page's first JS holds no map code.
export type ColourBy = 'status' | 'arena';

// Distinct at a glance and ≥ 3:1 against the land colour (WCAG non-text contrast). Clusters are
// white bubbles with a dark ring and their count (html-clusters.ts), unlike any of these.
export const statusColours: Record<string, string> = {
  PLANNED: '#6d28d9',
  ACTIVE: '#15803d',
  ENDED: '#57534e',
};
export const arenaColours: Record<string, string> = {
  HOME_AND_HOUSING: '#b45309',
  DAYCARE_SCHOOL_EDUCATION: '#1d4ed8',
  LEISURE_AND_COMMUNITIES: '#15803d',
  WORK_AND_EMPLOYMENT: '#7e22ce',
  HEALTH_AND_CARE: '#be123c',
};

export function colourOf(p: { status: string; arenas: string[] }, by: ColourBy): string {
  return (by === 'status' ? statusColours[p.status] : arenaColours[p.arenas[0] ?? '']) ?? '#334155';
}
