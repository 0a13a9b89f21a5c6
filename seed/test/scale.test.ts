import type { Database, PrismaClient } from '@naboskab/db';
import { createTestDatabase } from '@naboskab/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMunicipality } from '../src/geo.ts';
import { type SeedSummary, seedDemo } from '../src/index.ts';

const now = new Date('2026-11-22T00:00:00Z');
const dbs: Database[] = [];
const seeded: SeedSummary[] = [];

async function contentOf(prisma: PrismaClient) {
  const sorted = (values: string[]) => values.sort();
  return {
    areas: sorted(
      (await prisma.area.findMany()).map(
        (a) => `${a.slug} ${a.centreLat} ${a.centreLon} ${JSON.stringify(a.boundary)}`,
      ),
    ),
    organisations: sorted((await prisma.organisation.findMany()).map((o) => `${o.name} ${o.cvr}`)),
    partnerships: sorted((await prisma.partnership.findMany()).map((p) => p.slug)),
    users: sorted(
      (await prisma.user.findMany({ include: { person: true } })).map((u) => `${u.email} ${u.person.name}`),
    ),
    meetings: sorted(
      (await prisma.meeting.findMany()).map((m) => `${m.title} ${m.startsAt.toISOString()} ${m.status}`),
    ),
  };
}

beforeAll(async () => {
  for (const scale of [1, 1, 2]) {
    const db = await createTestDatabase();
    dbs.push(db);
    seeded.push(await seedDemo(db.prisma, { now, scale }));
  }
});
afterAll(async () => {
  for (const db of dbs) await db.close();
});

describe('seeding', () => {
  it('is deterministic: the same names, slugs, polygons and counts every time', async () => {
    const [a, b] = dbs as [Database, Database];
    expect(seeded[1]?.counts).toEqual(seeded[0]?.counts);
    expect(await contentOf(b.prisma)).toEqual(await contentOf(a.prisma));
  });

  it('doubles the main counts at scale 2', () => {
    const [one, , two] = seeded as [SeedSummary, SeedSummary, SeedSummary];
    for (const key of [
      'areas',
      'partnerships',
      'meetings',
      'agendaItems',
      'activities',
      'opportunities',
      'shifts',
      'volunteers',
      'grants',
      'outcomeReports',
    ] as const) {
      expect(two.counts[key], key).toBe(one.counts[key] * 2);
    }
    expect(two.counts.municipalities).toBe(98);
  });

  it('places synthetic areas inside their municipality', async () => {
    const areas = await (dbs[2] as Database).prisma.area.findMany({
      where: { slug: { startsWith: 'boligomraade-' } },
    });
    expect(areas).toHaveLength(24);
    for (const area of areas) {
      expect(area.name).toMatch(/^Boligområde \d+, /);
      expect(findMunicipality(area.centreLat, area.centreLon)?.code).toBe(area.municipalityCode);
    }
  });
});
