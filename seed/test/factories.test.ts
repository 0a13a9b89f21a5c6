import { type Database, isValidCvr, verifyPassword } from '@naboskab/db';
import { createTestDatabase } from '@naboskab/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createActionItem,
  createActivity,
  createArea,
  createAuditEntry,
  createBooking,
  createConsent,
  createGrant,
  createHousingDepartment,
  createMeeting,
  createOpportunity,
  createOrganisation,
  createOutcomeReport,
  createPartnership,
  createResource,
  createSession,
  createSignOnFee,
  createSignUp,
  createUser,
  createVolunteerHours,
} from '../src/factories/index.ts';
import { type AreaGeometry, pointInGeometry } from '../src/geo.ts';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

describe('factories', () => {
  it('create users with a role, a person and a usable password', async () => {
    const { user, person, password } = await createUser(db.prisma, { role: 'COORDINATOR' });
    expect(user.role).toBe('COORDINATOR');
    expect(user.personId).toBe(person.id);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    const other = await createUser(db.prisma, {
      email: 'Some.One@Example.test',
      password: 'another-secret-1',
    });
    expect(other.user.email).toBe('some.one@example.test');
    expect(other.user.role).toBe('VOLUNTEER');
    const { token, session } = await createSession(db.prisma, { userId: user.id });
    expect(token.length).toBeGreaterThan(20);
    expect(session.tokenHash).toHaveLength(64);
    expect((await createConsent(db.prisma, { personId: person.id })).textVersion).toBe('2026-01');
  });

  it('never collide on unique fields', async () => {
    const organisations = await Promise.all(Array.from({ length: 20 }, () => createOrganisation(db.prisma)));
    expect(new Set(organisations.map((o) => o.cvr)).size).toBe(20);
    for (const o of organisations) expect(isValidCvr(o.cvr as string)).toBe(true);
    const users = await Promise.all(Array.from({ length: 5 }, () => createUser(db.prisma)));
    expect(new Set(users.map((u) => u.user.email)).size).toBe(5);
  });

  it('create areas inside their municipality, and housing departments', async () => {
    const area = await createArea(db.prisma);
    expect(area.municipalityCode).toBe('0751');
    expect(pointInGeometry([area.centreLon, area.centreLat], area.boundary as unknown as AreaGeometry)).toBe(
      true,
    );
    const odense = await createArea(db.prisma, { centreLat: 55.409, centreLon: 10.435, name: 'Vollsmose' });
    expect(odense.municipalityCode).toBe('0461');
    const department = await createHousingDepartment(db.prisma, { areaId: area.id });
    expect(department.areaId).toBe(area.id);
  });

  it('create a partnership with coordinators, areas and members', async () => {
    const { user } = await createUser(db.prisma, { role: 'COORDINATOR' });
    const area = await createArea(db.prisma);
    const lead = await createOrganisation(db.prisma, {
      kind: 'VOLUNTEER_CENTRE',
      name: 'FrivilligCenter Test',
    });
    const association = await createOrganisation(db.prisma);
    const partnership = await createPartnership(db.prisma, {
      coordinators: [user.id],
      areaIds: [area.id],
      members: [{ organisationId: lead.id, role: 'LEAD' }, { organisationId: association.id }],
    });
    expect(partnership.coordinators.map((c) => c.userId)).toEqual([user.id]);
    expect(partnership.areas.map((a) => a.areaId)).toEqual([area.id]);
    expect(partnership.members.map((m) => m.role).sort()).toEqual(['LEAD', 'VOLUNTARY_ASSOCIATION']);
  });

  it('create funding: grants and sign-on fees with their parents', async () => {
    const grant = await createGrant(db.prisma);
    expect(grant.amountOre).toBe(480_000_000n);
    const fee = await createSignOnFee(db.prisma, { partnershipId: grant.partnershipId });
    expect(fee.amountOre).toBeLessThanOrEqual(3_000_000n);
    await expect(
      createSignOnFee(db.prisma, { partnershipId: grant.partnershipId, amountOre: 3_000_001n }),
    ).rejects.toThrow();
  });

  it('create meetings with agenda, invitations and action items', async () => {
    const { person } = await createUser(db.prisma, { role: 'COORDINATOR' });
    const meeting = await createMeeting(db.prisma, { invitations: [{ personId: person.id }] });
    expect(meeting.status).toBe('PLANNED');
    expect(meeting.agendaItems.map((a) => a.position)).toEqual([1, 2, 3]);
    expect(meeting.invitations).toHaveLength(1);
    const action = await createActionItem(db.prisma, { meetingId: meeting.id });
    expect(action.status).toBe('OPEN');
  });

  it('create resources with opening hours and bookings', async () => {
    const resource = await createResource(db.prisma);
    expect(resource.openingHours).toHaveLength(5);
    const booking = await createBooking(db.prisma, { resourceId: resource.id, status: 'CONFIRMED' });
    expect(booking.partnershipId).toBe(resource.partnershipId);
    await expect(
      createBooking(db.prisma, {
        resourceId: resource.id,
        status: 'CONFIRMED',
        startsAt: booking.startsAt,
        endsAt: booking.endsAt,
      }),
    ).rejects.toThrow();
  });

  it('create activities, opportunities with shifts, sign-ups and hours', async () => {
    const activity = await createActivity(db.prisma);
    const opportunity = await createOpportunity(db.prisma, { activityId: activity.id, shifts: 4 });
    expect(opportunity.shifts).toHaveLength(4);
    expect(opportunity.shifts[0]?.startsAt.getTime()).toBeGreaterThan(Date.now());
    const signUp = await createSignUp(db.prisma, { opportunityId: opportunity.id, status: 'APPROVED' });
    const hours = await createVolunteerHours(db.prisma, {
      activityId: activity.id,
      personId: signUp.personId,
    });
    expect(Number(hours.hours)).toBe(2);
  });

  it('create outcome reports with UCLA-3 counts, and audit entries', async () => {
    const report = await createOutcomeReport(db.prisma);
    expect(report.loneliness).toHaveLength(18);
    const entry = await createAuditEntry(db.prisma, {
      entityId: report.id,
      entityType: 'OutcomeReport',
      changes: { activitiesHeld: [40, 48] },
    });
    expect(entry.action).toBe('update');
  });
});
