import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@naboskab/db';
import { DEMO_PASSWORD, demoAccounts, seedDemo } from '@naboskab/seed';
import { createBooking, createResource, createUser } from '@naboskab/seed/factories';
import { hashToken } from '../../src/auth/session.ts';
import { hashFeedToken } from '../../src/calendar/feed.ts';
import type { startTestApi, TestClient } from '../support.ts';

// The matrix's world: the demo dataset (seeded once per file), partnership A = Aarhus (Gellerup),
// B = Odense (Vollsmose), one signed-in client per role, and one object of each kind on each side.

export const ROLES = [
  'anonymous',
  'volunteer',
  'volunteer2',
  'coordinatorA',
  'coordinatorB',
  'memberA',
  'ministry',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];
export type Side = 'A' | 'B';
type App = Awaited<ReturnType<typeof startTestApi>>;

const first = <T>(rows: Promise<T | null>, what: string) =>
  rows.then((row) => {
    if (!row) throw new Error(`The demo dataset has no ${what}`);
    return row;
  });

/** The secret in the link of the pending invitation to a partnership's coordination. */
export const invitationToken = (partnershipId: string) => `matrix-invitation-${partnershipId}`;

/** The secret in the host's link to a partnership's referral. */
export const hostLinkToken = (partnershipId: string) => `matrix-host-link-${partnershipId}`;

/** The secret in a partnership coordinator's answer link to its open meeting. */
export const answerLinkToken = (partnershipId: string) => `matrix-answer-link-${partnershipId}`;

/** The coordinator guides in their partnership: a connected referral of theirs, with a host link. */
async function referralOf(prisma: PrismaClient, partnershipId: string, guideUserId: string) {
  await prisma.partnershipGuide.createMany({
    data: { partnershipId, userId: guideUserId },
    skipDuplicates: true,
  });
  const referral = await prisma.referral.create({
    data: {
      partnershipId,
      guideUserId,
      source: 'SELF',
      ageBand: 'AGE_65_79',
      arenas: [],
      consentScopes: ['CONTACT', 'SHARE_FIRST_NAME_WITH_HOST'],
      consentGivenOn: new Date('2026-01-05'),
      firstName: 'Matrix',
      state: 'CONNECTED',
      hostName: 'Vært',
    },
  });
  await prisma.hostLink.create({
    data: {
      referralId: referral.id,
      purpose: 'FIRST_ATTENDANCE',
      tokenHash: hashFeedToken(hostLinkToken(partnershipId)),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
    },
  });
  return referral.id;
}

/** One object of each kind owned by a partnership (database ids). */
async function objectsOf(prisma: PrismaClient, partnershipId: string, coordinatorEmail: string) {
  const byPartnership = { partnershipId };
  const meeting = { meeting: byPartnership };
  const opportunity = { opportunity: { activity: byPartnership } };
  const notDemoVolunteer = { person: { email: { not: demoAccounts.volunteer.email } } };
  const coordinator = await first(
    prisma.user.findUnique({ where: { email: coordinatorEmail } }),
    coordinatorEmail,
  );
  const grant = await first(
    prisma.grant.findFirst({ where: byPartnership, include: { round: true } }),
    'grant',
  );
  const feed = await prisma.calendarFeed.create({
    data: { userId: coordinator.id, partnershipId, tokenHash: randomBytes(32).toString('hex') },
  });
  const open = await first(
    prisma.meeting.findFirst({ where: { ...byPartnership, status: 'PLANNED' } }),
    'meeting',
  );
  await prisma.meetingAnswerToken.create({
    data: {
      tokenHash: hashToken(answerLinkToken(partnershipId)),
      meetingId: open.id,
      personId: coordinator.personId,
    },
  });
  const closed = await first(
    prisma.meeting.findFirst({
      where: {
        ...byPartnership,
        status: 'CLOSED',
        minutes: { some: {} },
        actionItems: { some: {} },
        attendances: { some: {} },
      },
    }),
    'closed meeting',
  );
  const pick = (
    model: { findFirst(args: object): Promise<{ id: string } | null> },
    where: object,
    what: string,
  ) => first(model.findFirst({ where, select: { id: true } }), what).then((row) => row.id);
  return {
    Partnership: partnershipId,
    Meeting: open.id,
    ClosedMeeting: closed.id,
    PartnershipMember: await pick(
      prisma.partnershipMember,
      { ...byPartnership, contactPersonId: { not: null } },
      'member',
    ),
    SignOnFee: await pick(prisma.signOnFee, byPartnership, 'sign-on fee'),
    OutcomeReport: await pick(prisma.outcomeReport, byPartnership, 'report'),
    AgendaItem: await pick(prisma.agendaItem, { meetingId: open.id }, 'agenda item'),
    ClosedAgendaItem: await pick(prisma.agendaItem, { meetingId: closed.id }, 'closed agenda item'),
    Attendance: await pick(prisma.attendance, meeting, 'attendance'),
    Decision: await pick(prisma.decision, meeting, 'decision'),
    ActionItem: await pick(prisma.actionItem, meeting, 'action item'),
    Activity: await pick(prisma.activity, { ...byPartnership, published: true }, 'activity'),
    VolunteerOpportunity: await pick(
      prisma.volunteerOpportunity,
      { activity: byPartnership, published: true },
      'opportunity',
    ),
    Shift: await pick(prisma.shift, { opportunity: { activity: byPartnership } }, 'shift'),
    VolunteerSignUp: await pick(prisma.volunteerSignUp, { ...opportunity, ...notDemoVolunteer }, 'sign-up'),
    VolunteerHours: await pick(
      prisma.volunteerHours,
      { activity: byPartnership, ...notDemoVolunteer },
      'hours',
    ),
    Resource: await pick(prisma.resource, { ...byPartnership, audience: 'PARTNERSHIP' }, 'resource'),
    Booking: await pick(prisma.booking, { resource: byPartnership, status: 'REQUESTED' }, 'booking'),
    /** A booking of a resource open to everyone signed in, volunteers too; its coordinator asked. */
    OpenBooking: await createResource(prisma, { partnershipId, audience: 'SIGNED_IN' })
      .then((resource) => createBooking(prisma, { resourceId: resource.id, requestedById: coordinator.id }))
      .then((booking) => booking.id),
    Grant: grant.id,
    FundingRound: grant.roundId,
    FundingPool: grant.round.poolId,
    User: coordinator.id,
    Person: coordinator.personId,
    CalendarFeed: feed.id,
    Organisation: await pick(prisma.organisation, { memberships: { some: byPartnership } }, 'organisation'),
    Area: await pick(prisma.area, { partnerships: { some: byPartnership } }, 'area'),
    Invitation: await prisma.invitation
      .create({
        data: {
          tokenHash: hashToken(invitationToken(partnershipId)),
          email: `invited-${partnershipId}@example.test`,
          name: 'Invited coordinator',
          role: 'COORDINATOR',
          partnershipId,
          coordinates: true,
          expiresAt: new Date(Date.now() + 7 * 86_400_000),
        },
      })
      .then((invitation) => invitation.id),
    Referral: await referralOf(prisma, partnershipId, coordinator.id),
    /** A user signed in nowhere, for administrators to deactivate and reactivate. */
    Account: await createUser(prisma).then(({ user }) => user.id),
  };
}
export type Objects = Awaited<ReturnType<typeof objectsOf>>;
export type Kind = keyof Objects;

export async function matrixWorld(app: App) {
  const { prisma } = app;
  await seedDemo(prisma);
  const partnershipOf = (email: string) =>
    first(prisma.partnership.findFirst({ where: { coordinators: { some: { user: { email } } } } }), email);
  const a = await partnershipOf(demoAccounts.coordinator.email);
  const b = await partnershipOf(demoAccounts.coordinatorOdense.email);
  const objects = {
    A: await objectsOf(prisma, a.id, demoAccounts.coordinator.email),
    B: await objectsOf(prisma, b.id, demoAccounts.coordinatorOdense.email),
  };
  // A plain member: works for a member organisation of A, coordinates nothing.
  const member = await createUser(prisma, { role: 'COORDINATOR', organisationId: objects.A.Organisation });
  const volunteer2 = await createUser(prisma, { role: 'VOLUNTEER' });
  const signedIn = async (email: string, password = DEMO_PASSWORD) => {
    const client = app.client();
    await client.signIn(email, password);
    return client;
  };
  const clients: Record<Role, TestClient> = {
    anonymous: app.client(),
    volunteer: await signedIn(demoAccounts.volunteer.email),
    volunteer2: await signedIn(volunteer2.user.email, volunteer2.password),
    coordinatorA: await signedIn(demoAccounts.coordinator.email),
    coordinatorB: await signedIn(demoAccounts.coordinatorOdense.email),
    memberA: await signedIn(member.user.email, member.password),
    ministry: await signedIn(demoAccounts.ministry.email),
    admin: await signedIn(demoAccounts.admin.email),
  };
  return { objects, clients, people: { member, volunteer2 } };
}

/**
 * A fingerprint of every table the API may write (sessions and sign-in attempts aside): a refused
 * request must leave it unchanged.
 */
export async function fingerprint(prisma: PrismaClient): Promise<string> {
  const tables = await prisma.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'
       AND table_type = 'BASE TABLE' AND table_name NOT IN ('Session', 'SignInAttempt', '_prisma_migrations')`,
  );
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS t, md5(coalesce(string_agg(x::text, ',' ORDER BY x::text), '')) AS h FROM "${name}" x`,
  );
  const rows = await prisma.$queryRawUnsafe<{ t: string; h: string }[]>(parts.join(' UNION ALL '));
  return rows
    .map((row) => `${row.t}:${row.h}`)
    .sort()
    .join('|');
}
