import { type Database, isValidCvr, verifyPassword } from '@naboskab/db';
import { createTestDatabase } from '@naboskab/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realAreas } from '../src/dataset/areas.ts';
import { type AreaGeometry, pointInGeometry, ringSignedArea } from '../src/geo.ts';
import { DEMO_PASSWORD, demoAccounts, type SeedSummary, seedDemo } from '../src/index.ts';

const now = new Date('2026-11-22T00:00:00Z');
let db: Database;
let summary: SeedSummary;

beforeAll(async () => {
  db = await createTestDatabase();
  summary = await seedDemo(db.prisma, { now });
});
afterAll(() => db?.close());

describe('the default dataset', () => {
  it('has the 24 real areas, each centre inside its polygon and its municipality', async () => {
    const areas = await db.prisma.area.findMany({ include: { municipality: true } });
    expect(areas).toHaveLength(24);
    for (const area of areas) {
      const spec = realAreas.find((a) => a.slug === area.slug);
      expect(spec, area.slug).toBeDefined();
      expect(area.municipalityCode).toBe(spec?.municipalityCode);
      const polygon = area.boundary as unknown as AreaGeometry;
      expect(polygon.type).toBe('Polygon');
      const ring = polygon.type === 'Polygon' ? (polygon.coordinates[0] ?? []) : [];
      expect(ring.length).toBeGreaterThanOrEqual(8);
      expect(ring.at(-1)).toEqual(ring[0]);
      expect(ringSignedArea(ring), `${area.name} is counter-clockwise`).toBeGreaterThan(0);
      expect(pointInGeometry([area.centreLon, area.centreLat], polygon)).toBe(true);
      expect(
        pointInGeometry(
          [area.centreLon, area.centreLat],
          area.municipality.boundary as unknown as AreaGeometry,
        ),
      ).toBe(true);
    }
  });

  it('stores 98 municipalities and 5 regions', () => {
    expect(summary.counts.municipalities).toBe(98);
    expect(summary.counts.regions).toBe(5);
  });

  it('has partnerships of both pools, one with at least 30 voluntary associations', async () => {
    const partnerships = await db.prisma.partnership.findMany({
      include: { members: true, grants: { include: { round: { include: { pool: true } } } } },
    });
    expect(partnerships.length).toBeGreaterThanOrEqual(5);
    const local = partnerships.filter((p) =>
      p.grants.some((g) => g.round.pool.stream === 'LOCAL_PARTNERSHIPS'),
    );
    expect(local.length).toBeGreaterThanOrEqual(3);
    expect(
      partnerships.some((p) => p.grants.some((g) => g.round.pool.stream === 'HOUSING_SOCIAL_PLAN')),
    ).toBe(true);
    for (const p of local) {
      expect(
        p.members.filter((m) => m.role === 'VOLUNTARY_ASSOCIATION').length,
        p.name,
      ).toBeGreaterThanOrEqual(30);
    }
  });

  it('keeps the local-partnership rounds at 9.6 and 14.6 mio. kr.', async () => {
    const rounds = await db.prisma.fundingRound.findMany({
      include: { grants: true, pool: true },
      where: { pool: { stream: 'LOCAL_PARTNERSHIPS' } },
    });
    expect(rounds.map((r) => Number(r.budgetOre) / 100).sort()).toEqual([14_600_000, 9_600_000]);
    for (const round of rounds)
      expect(round.grants.reduce((sum, g) => sum + g.amountOre, 0n)).toBe(round.budgetOre);
  });

  it('pays sign-on fees of at most 30,000 kr., in total under the grant', async () => {
    const partnerships = await db.prisma.partnership.findMany({
      include: { signOnFees: true, grants: true },
    });
    const fees = partnerships.flatMap((p) => p.signOnFees);
    expect(fees.length).toBeGreaterThan(30);
    for (const fee of fees) expect(fee.amountOre).toBeLessThanOrEqual(3_000_000n);
    for (const p of partnerships) {
      const total = p.signOnFees.reduce((sum, f) => sum + f.amountOre, 0n);
      expect(total).toBeLessThanOrEqual(p.grants.reduce((sum, g) => sum + g.amountOre, 0n));
    }
  });

  it('gives every organisation with a CVR number a valid one', async () => {
    const organisations = await db.prisma.organisation.findMany({ where: { cvr: { not: null } } });
    expect(organisations.length).toBeGreaterThan(100);
    for (const o of organisations) expect(isValidCvr(o.cvr as string), `${o.name} ${o.cvr}`).toBe(true);
  });

  it('has no overlapping confirmed bookings of one resource', async () => {
    const bookings = await db.prisma.booking.findMany({
      where: { status: 'CONFIRMED' },
      orderBy: [{ resourceId: 'asc' }, { startsAt: 'asc' }],
    });
    expect(bookings.length).toBeGreaterThan(0);
    for (let i = 1; i < bookings.length; i++) {
      const [a, b] = [bookings[i - 1], bookings[i]];
      if (a?.resourceId === b?.resourceId)
        expect(b?.startsAt.getTime()).toBeGreaterThanOrEqual(a?.endsAt.getTime() ?? 0);
    }
  });

  it('has closed past meetings with minutes and open action items, and planned upcoming ones', async () => {
    const meetings = await db.prisma.meeting.findMany({
      include: { minutes: true, decisions: true, actionItems: true, agendaItems: true, invitations: true },
    });
    const past = meetings.filter((m) => m.startsAt < now && m.status === 'CLOSED');
    const upcoming = meetings.filter((m) => m.startsAt > now);
    expect(past.length).toBeGreaterThan(0);
    for (const m of past) {
      expect(m.minutes.length).toBe(m.agendaItems.length);
      expect(m.decisions.length).toBeGreaterThan(0);
      expect(m.actionItems.length).toBeGreaterThan(0);
    }
    expect(past.flatMap((m) => m.actionItems).some((a) => a.status === 'OPEN')).toBe(true);
    expect(upcoming.length).toBeGreaterThan(0);
    for (const m of upcoming) {
      expect(m.status).toBe('PLANNED');
      expect(m.agendaItems.length).toBeGreaterThan(0);
      expect(m.invitations.length).toBeGreaterThan(0);
    }
  });

  it('has published activities with future shifts, volunteers with consent, sign-ups and hours', async () => {
    expect(
      await db.prisma.shift.count({ where: { startsAt: { gt: now }, opportunity: { published: true } } }),
    ).toBeGreaterThan(100);
    expect(await db.prisma.activity.count({ where: { published: true } })).toBeGreaterThan(20);
    expect(
      await db.prisma.person.count({ where: { user: { role: 'VOLUNTEER' }, consents: { none: {} } } }),
    ).toBe(0);
    expect(summary.counts.signUps).toBeGreaterThan(100);
    expect(summary.counts.volunteerHours).toBeGreaterThan(100);
    const counts = await db.prisma.lonelinessCount.findMany();
    expect(counts.length).toBeGreaterThan(0);
    for (const c of counts) expect([1, 2, 3]).toContain(c.answer);
  });

  it('approves no more volunteers than an opportunity has places; the rest wait in line', async () => {
    const opportunities = await db.prisma.volunteerOpportunity.findMany({
      select: { volunteersNeeded: true, _count: { select: { signUps: { where: { status: 'APPROVED' } } } } },
    });
    for (const o of opportunities) expect(o._count.signUps).toBeLessThanOrEqual(o.volunteersNeeded);
    expect(await db.prisma.volunteerSignUp.count({ where: { status: 'WAITLISTED' } })).toBeGreaterThan(0);
  });

  it('creates the demo accounts with the demo password and their partnerships', async () => {
    for (const account of Object.values(demoAccounts)) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
    }
    const admin = await db.prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.admin.email } });
    expect(await verifyPassword(admin.passwordHash, DEMO_PASSWORD)).toBe(true);
    const coordinated = async (email: string) =>
      (
        await db.prisma.partnershipCoordinator.findMany({
          where: { user: { email } },
          include: { partnership: true },
        })
      ).map((c) => c.partnership.slug);
    expect(await coordinated(demoAccounts.coordinator.email)).toEqual([
      'faellesskaber-gellerup-toveshoej-bispehaven',
    ]);
    expect(await coordinated(demoAccounts.coordinatorOdense.email)).toEqual(['vollsmose-sammen']);
    const volunteer = await db.prisma.person.findFirstOrThrow({
      where: { email: demoAccounts.volunteer.email },
      include: { signUps: true, hours: true },
    });
    expect(volunteer.signUps.filter((s) => s.status === 'APPROVED')).toHaveLength(2);
    expect(volunteer.hours.length).toBeGreaterThan(0);
  });

  it('does nothing when seeded again', async () => {
    const again = await seedDemo(db.prisma, { now });
    expect(again.skipped).toBe(true);
    expect(again.counts).toEqual(summary.counts);
  });
});
