import type { PrismaClient } from '@naboskab/db';
import {
  addPartnershipMember,
  createArea,
  createGrant,
  createOutcomeReport,
  createPartnership,
  createUser,
} from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestClient } from './support.ts';

const MAP = /* GraphQL */ `
  query Map($filter: MinistryFilter, $detail: MapDetail) {
    ministryMap(filter: $filter, detail: $detail) {
      partnerships { id name granted associations participantsReached areas { name regionName } }
      totals { partnerships granted associations participantsReached }
    }
  }
`;

type MapAnswer = {
  partnerships: { name: string; granted: number; associations: number; areas: { regionName: string }[] }[];
  totals: { partnerships: number; granted: number; associations: number; participantsReached: number };
};

let app: Awaited<ReturnType<typeof startTestApi>>;
let ministry: TestClient;
let admin: TestClient;
let partnershipId: string;

async function signedIn(role: 'MINISTRY' | 'ADMIN') {
  const { user, password } = await createUser(app.prisma, { role });
  const client = app.client();
  await client.signIn(user.email, password);
  return client;
}

/** The map as `client` sees it, and the statements it cost after the session lookup. */
async function read(client: TestClient, variables: Record<string, unknown> = {}) {
  app.takeStatements();
  const result = await client.gql(MAP, variables);
  expect(result.errors).toBeUndefined();
  return { map: result.data?.ministryMap as MapAnswer, statements: app.takeStatements().length - 1 };
}

beforeAll(async () => {
  app = await startTestApi();
  const area = await createArea(app.prisma, { municipalityCode: '0751' });
  const partnership = await createPartnership(app.prisma, { name: 'Cache A', areaIds: [area.id] });
  partnershipId = partnership.id;
  await createGrant(app.prisma, { partnershipId, amountOre: 100_000_00n, status: 'GRANTED' });
  ministry = await signedIn('MINISTRY');
  admin = await signedIn('ADMIN');
});
afterAll(() => app.close());

describe('the ministry map cache', () => {
  it('answers a repeated read from the cache: one statement (its version) after the session', async () => {
    const first = await read(ministry);
    expect(first.statements).toBe(2); // the version, then the map's one statement
    const again = await read(ministry);
    expect(again.statements).toBe(1);
    expect(again.map).toEqual(first.map);
  });

  it('keeps roles, filters and detail apart: none answers from another one’s entry', async () => {
    await read(ministry);
    expect((await read(ministry)).statements).toBe(1);
    expect((await read(admin)).statements).toBeGreaterThan(1);
    expect((await read(admin)).statements).toBe(1);
    expect((await read(ministry, { detail: 'HIGH' })).statements).toBeGreaterThan(1);
    expect((await read(ministry, { filter: { regionCode: '1084' } })).statements).toBeGreaterThan(1);
    expect((await read(ministry)).statements).toBe(1);
  });

  // Each write goes straight to the database, as a script or another write path would: the
  // triggers, not the API's mutations, keep the cache honest. Every table the figures read.
  const writes: [string, (prisma: PrismaClient) => Promise<unknown>, (map: MapAnswer) => unknown][] = [
    [
      'a partnership renamed',
      (prisma) => prisma.partnership.update({ where: { id: partnershipId }, data: { name: 'Cache B' } }),
      (map) => map.partnerships[0]?.name,
    ],
    [
      'a grant changed',
      (prisma) => prisma.grant.updateMany({ where: { partnershipId }, data: { amountOre: 250_000_00n } }),
      (map) => map.totals.granted,
    ],
    [
      'a voluntary association joined',
      (prisma) => addPartnershipMember(prisma, { partnershipId, role: 'VOLUNTARY_ASSOCIATION' }),
      (map) => map.totals.associations,
    ],
    [
      'an outcome report filed',
      (prisma) => createOutcomeReport(prisma, { partnershipId, participantsReached: 17 }),
      (map) => map.totals.participantsReached,
    ],
    [
      'a region renamed',
      (prisma) => prisma.region.update({ where: { code: '1082' }, data: { name: 'Midtjylland (ny)' } }),
      (map) => map.partnerships[0]?.areas[0]?.regionName,
    ],
    [
      'a new funded partnership',
      async (prisma) => {
        const other = await createPartnership(prisma, { name: 'Cache C' });
        await createGrant(prisma, { partnershipId: other.id, status: 'PAID' });
      },
      (map) => map.totals.partnerships,
    ],
    [
      'a grant withdrawn inside a transaction',
      (prisma) =>
        prisma.$transaction(async (tx) => {
          const grants = await tx.grant.findMany({ where: { partnership: { name: 'Cache C' } } });
          await tx.grant.deleteMany({ where: { id: { in: grants.map((g) => g.id) } } });
        }),
      (map) => map.totals.partnerships,
    ],
  ];

  it.each(writes)('shows %s on the next read, for every role', async (_name, write, figure) => {
    const before = { ministry: (await read(ministry)).map, admin: (await read(admin)).map };
    expect((await read(ministry)).statements).toBe(1);
    await write(app.prisma);
    for (const [client, old] of [
      [ministry, before.ministry],
      [admin, before.admin],
    ] as const) {
      const after = await read(client);
      expect(after.statements).toBeGreaterThan(1);
      expect(figure(after.map)).not.toEqual(figure(old));
    }
  });

  it('keeps its entries when a writing transaction rolls back', async () => {
    await read(ministry);
    await expect(
      app.prisma.$transaction(async (tx) => {
        await tx.partnership.update({ where: { id: partnershipId }, data: { name: 'Never' } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    const after = await read(ministry);
    expect(after.statements).toBe(1);
    expect(after.map.partnerships.map((p) => p.name)).not.toContain('Never');
  });

  // PostgreSQL only: the embedded PGlite has one connection, so two transactions never overlap.
  it.skipIf(!process.env.DATABASE_URL)(
    'lets writers of its tables work side by side: the version is set as each commits',
    async () => {
      const version = async () =>
        (await app.prisma.cacheVersion.findUniqueOrThrow({ where: { name: 'ministry-map' } })).version;
      const [a, b] = [await createPartnership(app.prisma), await createPartnership(app.prisma)];
      const before = await version();
      let firstWrote = () => {};
      let secondWrote = () => {};
      const first = new Promise<void>((resolve) => (firstWrote = resolve));
      const second = new Promise<void>((resolve) => (secondWrote = resolve));
      // Each holds its write open until the other has written: a version row locked at the first
      // write instead of at commit would keep the second waiting, and both would time out.
      await Promise.all([
        app.prisma.$transaction(async (tx) => {
          await tx.partnership.update({ where: { id: a.id }, data: { name: 'Side A' } });
          firstWrote();
          await second;
        }),
        app.prisma.$transaction(async (tx) => {
          await first;
          await tx.partnership.update({ where: { id: b.id }, data: { name: 'Side B' } });
          secondWrote();
        }),
      ]);
      expect(await version()).not.toBe(before);
    },
  );
});
