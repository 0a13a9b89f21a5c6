import type { PrismaClient } from '@naboskab/db';
import { type DemoAccount, demoAccounts } from './dataset/demo-accounts.ts';

export interface SeedCounts {
  regions: number;
  municipalities: number;
  areas: number;
  housingDepartments: number;
  organisations: number;
  people: number;
  users: number;
  volunteers: number;
  partnerships: number;
  partnershipMembers: number;
  grants: number;
  signOnFees: number;
  meetings: number;
  agendaItems: number;
  invitations: number;
  actionItems: number;
  resources: number;
  bookings: number;
  activities: number;
  opportunities: number;
  shifts: number;
  signUps: number;
  volunteerHours: number;
  outcomeReports: number;
  auditEntries: number;
}

export interface SeedSummary {
  /** True when the database was already seeded and nothing was written. */
  skipped: boolean;
  scale: number;
  /** The day "upcoming" and "past" were computed from (00:00 UTC). */
  now: Date;
  durationMs: number;
  counts: SeedCounts;
  demoAccounts: DemoAccount[];
}

export async function countRows(prisma: PrismaClient): Promise<SeedCounts> {
  const [regions, municipalities, areas, housingDepartments, organisations, people, users, volunteers] =
    await Promise.all([
      prisma.region.count(),
      prisma.municipality.count(),
      prisma.area.count(),
      prisma.housingDepartment.count(),
      prisma.organisation.count(),
      prisma.person.count(),
      prisma.user.count(),
      prisma.user.count({ where: { role: 'VOLUNTEER' } }),
    ]);
  const [
    partnerships,
    partnershipMembers,
    grants,
    signOnFees,
    meetings,
    agendaItems,
    invitations,
    actionItems,
  ] = await Promise.all([
    prisma.partnership.count(),
    prisma.partnershipMember.count(),
    prisma.grant.count(),
    prisma.signOnFee.count(),
    prisma.meeting.count(),
    prisma.agendaItem.count(),
    prisma.meetingInvitation.count(),
    prisma.actionItem.count(),
  ]);
  const [
    resources,
    bookings,
    activities,
    opportunities,
    shifts,
    signUps,
    volunteerHours,
    outcomeReports,
    auditEntries,
  ] = await Promise.all([
    prisma.resource.count(),
    prisma.booking.count(),
    prisma.activity.count(),
    prisma.volunteerOpportunity.count(),
    prisma.shift.count(),
    prisma.volunteerSignUp.count(),
    prisma.volunteerHours.count(),
    prisma.outcomeReport.count(),
    prisma.auditEntry.count(),
  ]);
  return {
    regions,
    municipalities,
    areas,
    housingDepartments,
    organisations,
    people,
    users,
    volunteers,
    partnerships,
    partnershipMembers,
    grants,
    signOnFees,
    meetings,
    agendaItems,
    invitations,
    actionItems,
    resources,
    bookings,
    activities,
    opportunities,
    shifts,
    signUps,
    volunteerHours,
    outcomeReports,
    auditEntries,
  };
}

export const demoAccountList: DemoAccount[] = Object.values(demoAccounts);
