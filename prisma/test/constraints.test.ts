// The hand-written rules of the init migration, exercised on the database this run uses
// (PostgreSQL when TEST_DATABASE_URL/DATABASE_URL is set, else an in-memory PGlite).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/index.ts';
import { createTestDatabase } from '../src/testing.ts';
import { at, seedBasics } from './helpers.ts';

let db: Database;
let basics: Awaited<ReturnType<typeof seedBasics>>;
beforeAll(async () => {
  db = await createTestDatabase();
  basics = await seedBasics(db.prisma);
});
afterAll(() => db?.close());

const booking = (startHour: number, endHour: number, status: 'REQUESTED' | 'CONFIRMED') => ({
  resourceId: basics.resource.id,
  requestedById: basics.user.id,
  purpose: 'Møde',
  startsAt: at(startHour),
  endsAt: at(endHour),
  status,
});

describe(`constraints (${process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 'postgres' : 'pglite'})`, () => {
  it('has every hand-written CHECK and the EXCLUDE constraint', async () => {
    const rows = await db.prisma.$queryRaw<{ conname: string }[]>`
      SELECT conname FROM pg_constraint
      WHERE connamespace = 'public'::regnamespace AND contype IN ('c', 'x')`;
    expect(rows.map((row) => row.conname).sort()).toEqual(
      [
        'AgendaItem_durationMinutes_check',
        'Booking_no_overlap',
        'Booking_period_check',
        'FundingRound_budgetOre_check',
        'Grant_amounts_check',
        'Grant_period_check',
        'LonelinessCount_values_check',
        'Meeting_period_check',
        'Municipality_code_check',
        'Organisation_cvr_check',
        'OutcomeReport_counts_check',
        'OutcomeReport_period_check',
        'Partnership_period_check',
        'Partnership_reminderMinutes_check',
        'Referral_hold_check',
        'ReferralMeasure_scales_check',
        'ReferralMeasureTotal_counts_check',
        'Region_code_check',
        'Resource_capacity_check',
        'ResourceOpeningHours_values_check',
        'Shift_period_check',
        'SignOnFee_amountOre_check',
        'VolunteerHours_hours_check',
        'VolunteerOpportunity_volunteersNeeded_check',
      ].sort(),
    );
  });

  it('never lets two CONFIRMED bookings of a resource overlap', async () => {
    await db.prisma.booking.create({ data: booking(10, 12, 'CONFIRMED') });
    await expect(db.prisma.booking.create({ data: booking(11, 13, 'CONFIRMED') })).rejects.toThrow(
      /Booking_no_overlap/,
    );
    // A request may overlap (someone decides later), and '[)' lets the next start when one ends.
    await db.prisma.booking.create({ data: booking(11, 13, 'REQUESTED') });
    await db.prisma.booking.create({ data: booking(12, 14, 'CONFIRMED') });
    const request = await db.prisma.booking.findFirstOrThrow({ where: { status: 'REQUESTED' } });
    await expect(
      db.prisma.booking.update({ where: { id: request.id }, data: { status: 'CONFIRMED' } }),
    ).rejects.toThrow(/Booking_no_overlap/);
  });

  it('rejects periods that end before they start', async () => {
    await expect(db.prisma.booking.create({ data: booking(9, 9, 'REQUESTED') })).rejects.toThrow(
      /Booking_period_check/,
    );
    await expect(
      db.prisma.partnership.create({
        data: { name: 'x', slug: 'x', startsOn: new Date('2026-02-01'), endsOn: new Date('2026-01-31') },
      }),
    ).rejects.toThrow(/Partnership_period_check/);
  });

  it('caps a sign-on fee at 30,000 kr. (3,000,000 øre)', async () => {
    const fee = (amountOre: bigint) => ({
      partnershipId: basics.partnership.id,
      memberId: basics.member.id,
      amountOre,
      paidOn: new Date('2026-03-01'),
    });
    await expect(db.prisma.signOnFee.create({ data: fee(3_000_001n) })).rejects.toThrow(
      /SignOnFee_amountOre_check/,
    );
    await expect(db.prisma.signOnFee.create({ data: fee(0n) })).rejects.toThrow(/SignOnFee_amountOre_check/);
    await db.prisma.signOnFee.create({ data: fee(3_000_000n) });
  });

  it('never pays out more than a grant', async () => {
    const pool = await db.prisma.fundingPool.create({
      data: { name: 'Pulje', stream: 'LOCAL_PARTNERSHIPS', funderName: 'Social- og Boligstyrelsen' },
    });
    const round = await db.prisma.fundingRound.create({
      data: { poolId: pool.id, name: '2026', year: 2026, budgetOre: 1_000_000n },
    });
    const grant = (caseNumber: string, amountOre: bigint, paidOre: bigint) => ({
      roundId: round.id,
      partnershipId: basics.partnership.id,
      recipientOrganisationId: basics.org.id,
      caseNumber,
      amountOre,
      paidOre,
      startsOn: new Date('2026-01-01'),
      endsOn: new Date('2026-12-31'),
    });
    await expect(db.prisma.grant.create({ data: grant('a', 100n, 101n) })).rejects.toThrow(
      /Grant_amounts_check/,
    );
    await db.prisma.grant.create({ data: grant('b', 100n, 100n) });
    await expect(
      db.prisma.fundingRound.update({ where: { id: round.id }, data: { budgetOre: -1n } }),
    ).rejects.toThrow(/FundingRound_budgetOre_check/);
  });

  it('checks codes, hours, answers and opening hours', async () => {
    const { prisma } = db;
    await expect(prisma.region.create({ data: { code: '84', name: 'x', boundary: {} } })).rejects.toThrow(
      /Region_code_check/,
    );
    await expect(
      prisma.organisation.create({ data: { name: 'x', kind: 'BUSINESS', cvr: '1234567A' } }),
    ).rejects.toThrow(/Organisation_cvr_check/);
    const hours = (weekday: number, opensAt: number, closesAt: number) =>
      prisma.resourceOpeningHours.create({
        data: { resourceId: basics.resource.id, weekday, opensAt, closesAt },
      });
    await expect(hours(8, 600, 900)).rejects.toThrow(/ResourceOpeningHours_values_check/);
    await expect(hours(1, 900, 600)).rejects.toThrow(/ResourceOpeningHours_values_check/);
    await expect(hours(1, 600, 1441)).rejects.toThrow(/ResourceOpeningHours_values_check/);
    await hours(7, 0, 1440);
    const reminderAt = (reminderMinutes: number) =>
      prisma.partnership.update({ where: { id: basics.partnership.id }, data: { reminderMinutes } });
    await expect(reminderAt(1440)).rejects.toThrow(/Partnership_reminderMinutes_check/);
    await expect(reminderAt(-15)).rejects.toThrow(/Partnership_reminderMinutes_check/);
    await reminderAt(0);
    const activity = await prisma.activity.create({
      data: { partnershipId: basics.partnership.id, title: 'Lektiecafé' },
    });
    const logHours = (value: string) =>
      prisma.volunteerHours.create({
        data: { activityId: activity.id, date: new Date('2026-03-01'), hours: value },
      });
    await expect(logHours('24.5')).rejects.toThrow(/VolunteerHours_hours_check/);
    await expect(logHours('0')).rejects.toThrow(/VolunteerHours_hours_check/);
    await logHours('2.5');
    const report = await prisma.outcomeReport.create({
      data: {
        partnershipId: basics.partnership.id,
        periodStart: new Date('2026-01-01'),
        periodEnd: new Date('2026-06-30'),
        participantsReached: 40,
        newParticipantsBridged: 12,
        activitiesHeld: 30,
      },
    });
    const count = (answer: number) =>
      prisma.lonelinessCount.create({
        data: { reportId: report.id, phase: 'BASELINE', item: 'ISOLATED', answer, count: 3 },
      });
    await expect(count(4)).rejects.toThrow(/LonelinessCount_values_check/);
    await count(3);
  });
});
