import type { LonelinessCounts } from '@naboskab/seed/factories';
import {
  createArea,
  createGrant,
  createOutcomeReport,
  createPartnership,
  createUser,
} from '@naboskab/seed/factories';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestClient } from './support.ts';

// UCLA-3 sums reach the ministry suppressed (domain/loneliness-cells.ts): in the side panel, and
// in the map's totals, where a filtered map is also held against the unfiltered one.

const CELLS = 'loneliness { phase item answer count suppressed }';
const MAP = `query ($filter: MinistryFilter) { ministryMap(filter: $filter) { totals { ${CELLS} } } }`;
const SUMMARY = `query ($id: ID!) { ministryPartnership(id: $id) { outcomes { ${CELLS} } } }`;
const REPORTS = `query ($slug: String!) {
  partnership(slug: $slug) { outcomeReports(first: 10) { edges { node { id ${CELLS} } } } }
}`;

type Cell = { phase: string; item: string; answer: number; count: number | null; suppressed: boolean };

/** The same three answers for every item of each phase. */
const counts = (baseline: [number, number, number], followUp: [number, number, number]) =>
  ({
    BASELINE: { LACKS_COMPANY: baseline, LEFT_OUT: baseline, ISOLATED: baseline },
    FOLLOW_UP: { LACKS_COMPANY: followUp, LEFT_OUT: followUp, ISOLATED: followUp },
  }) satisfies LonelinessCounts;

/** Per phase, the counts of answers 1-3 (of LACKS_COMPANY: every item is the same here). */
const shown = (cells: Cell[]) =>
  Object.fromEntries(
    ['BASELINE', 'FOLLOW_UP'].map((phase) => [
      phase,
      cells
        .filter((c) => c.phase === phase && c.item === 'LACKS_COMPANY')
        .sort((a, b) => a.answer - b.answer)
        .map((c) => (c.suppressed ? 'hidden' : c.count)),
    ]),
  );

let app: Awaited<ReturnType<typeof startTestApi>>;
let ministry: TestClient;
let admin: TestClient;
let small: { id: string };
let twice: { id: string; slug: string; reports: string[] };

async function signedIn(role: 'MINISTRY' | 'ADMIN') {
  const { user, password } = await createUser(app.prisma, { role });
  const client = app.client();
  await client.signIn(user.email, password);
  return client;
}

async function gql(client: TestClient, query: string, variables: Record<string, unknown>) {
  const result = await client.gql(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data;
}

beforeAll(async () => {
  app = await startTestApi();
  const funded = async (municipalityCode: string, ...reports: LonelinessCounts[]) => {
    const area = await createArea(app.prisma, { municipalityCode });
    const partnership = await createPartnership(app.prisma, { areaIds: [area.id] });
    await createGrant(app.prisma, { partnershipId: partnership.id, status: 'GRANTED' });
    const ids: string[] = [];
    for (const [i, loneliness] of reports.entries()) {
      const year = 2020 + i;
      const report = await createOutcomeReport(app.prisma, {
        partnershipId: partnership.id,
        periodStart: new Date(`${year}-01-01`),
        periodEnd: new Date(`${year}-12-31`),
        loneliness,
      });
      ids.push(encodeGlobalID('OutcomeReport', report.id));
    }
    return { ...partnership, reports: ids };
  };
  // Aarhus: large enough on its own. Odense: a baseline "hardly ever" of 3, and a follow-up
  // "often" that differs from the country's by 3. Copenhagen: two reports, the first small.
  await funded('0751', counts([14, 16, 10], [20, 14, 3]));
  small = await funded('0461', counts([3, 10, 24], [10, 10, 17]));
  twice = await funded('0101', counts([3, 10, 24], [10, 10, 0]), counts([10, 10, 10], [10, 10, 0]));
  ministry = await signedIn('MINISTRY');
  admin = await signedIn('ADMIN');
});
afterAll(() => app.close());

describe('UCLA-3 counts for the ministry', () => {
  it('hides a partnership’s small sums and the answer that would give them away, for the ministry and administrators', async () => {
    for (const client of [ministry, admin]) {
      const data = await gql(client, SUMMARY, { id: encodeGlobalID('Partnership', small.id) });
      const cells: Cell[] = data?.ministryPartnership.outcomes.loneliness;
      expect(cells).toHaveLength(18);
      // 3 is small; 10 is the smallest other answer (the item's total is known from another item).
      expect(shown(cells)).toEqual({ BASELINE: ['hidden', 'hidden', 24], FOLLOW_UP: [10, 10, 17] });
      expect(cells.filter((c) => c.suppressed).every((c) => c.count === null)).toBe(true);
    }
  });

  it('shows the country’s totals and suppresses a region’s against them', async () => {
    const all: Cell[] = (await gql(ministry, MAP, {}))?.ministryMap.totals.loneliness;
    expect(shown(all)).toEqual({ BASELINE: [30, 46, 68], FOLLOW_UP: [50, 44, 20] });
    // Syddanmark holds only Odense: its baseline 3 is small; its follow-up "often" (17) differs
    // from the country's (20) by 3, so it is hidden, and the smallest other answer with it.
    const south: Cell[] = (await gql(ministry, MAP, { filter: { regionCode: '1083' } }))?.ministryMap.totals
      .loneliness;
    expect(shown(south)).toEqual({ BASELINE: ['hidden', 'hidden', 24], FOLLOW_UP: ['hidden', 10, 'hidden'] });
  });

  it('suppresses a partnership’s reports together with their sums, so the sums cannot give one away', async () => {
    const data = await gql(ministry, REPORTS, { slug: twice.slug });
    const byId = new Map<string, Cell[]>(
      data?.partnership.outcomeReports.edges.map((e: { node: { id: string; loneliness: Cell[] } }) => [
        e.node.id,
        e.node.loneliness,
      ]),
    );
    const sums: Cell[] = (await gql(ministry, SUMMARY, { id: encodeGlobalID('Partnership', twice.id) }))
      ?.ministryPartnership.outcomes.loneliness;
    expect(shown(sums).BASELINE).toEqual([13, 20, 34]);
    // The first report hides 3 (and 10 with it); were the second's 10 and 10 shown, 13 - 10 and
    // 20 - 10 would give them back, so they are hidden too.
    expect(shown(byId.get(twice.reports[0] ?? '') ?? []).BASELINE).toEqual(['hidden', 'hidden', 24]);
    expect(shown(byId.get(twice.reports[1] ?? '') ?? []).BASELINE).toEqual(['hidden', 'hidden', 10]);
  });
});
