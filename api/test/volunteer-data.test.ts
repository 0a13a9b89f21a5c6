import { randomBytes } from 'node:crypto';
import { getDatamodel } from '@naboskab/db/pothos-types';
import {
  createConsent,
  createMeeting,
  createSession,
  createUser,
  createVolunteerHours,
} from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFeedToken } from '../src/calendar/feed.ts';
import { anonymiseInactiveVolunteers } from '../src/domain/anonymise-inactive-volunteers.ts';
import { enqueueEmail } from '../src/mail/outbox.ts';
import { startTestApi } from './support.ts';
import { issues, volunteerWorld } from './volunteer-support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof volunteerWorld>>;
beforeAll(async () => {
  app = await startTestApi();
  w = await volunteerWorld(app);
});
afterAll(() => app.close());

const DELETE = /* GraphQL */ `
  mutation ($input: DeleteMyAccountInput!) {
    deleteMyAccount(input: $input) { __typename ... on DeleteMyAccountSuccess { deleted } ... on ValidationError { issues { path message } } }
  }
`;

/** Relation fields of Person and User in prisma/schema.prisma: every one must be in the export. */
function personalRelations(): string[] {
  const models = getDatamodel().datamodel.models as unknown as Record<
    string,
    { fields: { name: string; kind: string }[] }
  >;
  return ['Person', 'User'].flatMap((model) =>
    (models[model]?.fields ?? []).filter((f) => f.kind === 'object').map((f) => f.name),
  );
}

/** A reset link, invitations sent and accepted, a guide's referral with a read of it, a notification and a reminder. */
async function accountRows(userId: string) {
  const { prisma } = app;
  const week = new Date(Date.now() + 7 * 86_400_000);
  const secret = () => randomBytes(32).toString('hex');
  await prisma.accountToken.create({
    data: { userId, purpose: 'PASSWORD_RESET', tokenHash: secret(), expiresAt: week },
  });
  const invitation = { name: 'Inviteret', role: 'COORDINATOR', expiresAt: week } as const;
  await prisma.invitation.create({
    data: { ...invitation, email: 'sendt@rig.example', tokenHash: secret(), invitedById: userId },
  });
  await prisma.invitation.create({
    data: { ...invitation, email: 'ingeborg@rig.example', tokenHash: secret(), acceptedById: userId },
  });
  await prisma.partnershipGuide.create({ data: { partnershipId: w.partnership.id, userId } });
  const referral = await prisma.referral.create({
    data: {
      partnershipId: w.partnership.id,
      guideUserId: userId,
      source: 'SELF',
      ageBand: 'AGE_65_79',
      consentGivenOn: new Date('2026-01-05'),
    },
  });
  await prisma.referralRead.create({ data: { referralId: referral.id, userId, via: 'GUIDE' } });
  await prisma.notification.create({
    data: { userId, kind: 'signUp.approved', objectType: 'Referral', objectId: referral.id, data: {} },
  });
  await prisma.notificationPreference.create({ data: { userId, kind: 'signUp.approved', email: 'OFF' } });
  await prisma.reminderSent.create({
    data: { userId, objectType: 'Meeting', objectId: referral.id, sequence: 0 },
  });
}

/** A volunteer with a row in every table that can hold their data. */
async function richVolunteer() {
  const { prisma } = app;
  const v = await createUser(prisma, {
    role: 'VOLUNTEER',
    name: 'Ingeborg Rigdata',
    email: 'ingeborg@rig.example',
    person: { phone: '+45 99 88 77 66' },
  });
  const personId = v.person.id;
  const userId = v.user.id;
  await createConsent(prisma, { personId });
  await prisma.volunteerSignUp.create({
    data: { opportunityId: w.opportunity.id, personId, status: 'APPROVED', message: 'Hilsen Ingeborg' },
  });
  await createVolunteerHours(prisma, {
    activityId: w.activity.id,
    personId,
    hours: '4.00',
    status: 'APPROVED',
    note: 'Ingeborg lavede mad',
  });
  await createVolunteerHours(prisma, {
    activityId: w.activity.id,
    personId,
    hours: '1.50',
    status: 'PENDING',
  });
  await createSession(prisma, { userId });
  await prisma.calendarFeed.create({
    data: { userId, tokenHash: hashFeedToken('ingeborgs-feed-token-1234567890') },
  });
  const meeting = await createMeeting(prisma, { partnershipId: w.partnership.id });
  await prisma.meetingInvitation.create({ data: { meetingId: meeting.id, personId } });
  await prisma.attendance.create({ data: { meetingId: meeting.id, personId } });
  await prisma.meetingAnswerToken.create({
    data: { meetingId: meeting.id, personId, tokenHash: randomBytes(32).toString('hex') },
  });
  const agenda = await prisma.agendaItem.create({
    data: { meetingId: meeting.id, position: 99, title: 'Punkt', ownerPersonId: personId },
  });
  await prisma.actionItem.create({
    data: { meetingId: meeting.id, agendaItemId: agenda.id, description: 'Køb ind', ownerPersonId: personId },
  });
  await prisma.minutes.create({ data: { meetingId: meeting.id, text: 'Referat', updatedById: userId } });
  await prisma.partnershipMember.update({
    where: {
      partnershipId_organisationId: { partnershipId: w.partnership.id, organisationId: w.association.id },
    },
    data: { contactPersonId: personId },
  });
  await prisma.person.update({ where: { id: personId }, data: { organisationId: w.association.id } });
  await prisma.partnershipCoordinator.create({ data: { partnershipId: w.otherPartnership.id, userId } });
  const resource = await prisma.resource.create({
    data: {
      ownerOrganisationId: w.association.id,
      partnershipId: w.partnership.id,
      kind: 'ROOM',
      title: 'Salen',
    },
  });
  const start = new Date('2030-01-01T10:00:00Z');
  await prisma.booking.create({
    data: {
      resourceId: resource.id,
      requestedById: userId,
      purpose: 'Møde',
      startsAt: start,
      endsAt: new Date(start.getTime() + 3_600_000),
    },
  });
  await prisma.booking.create({
    data: {
      resourceId: resource.id,
      requestedById: w.people.coordinator.user.id,
      decidedById: userId,
      purpose: 'Andet',
      startsAt: new Date('2030-02-01T10:00:00Z'),
      endsAt: new Date('2030-02-01T11:00:00Z'),
    },
  });
  await prisma.auditEntry.create({
    data: {
      actorUserId: userId,
      action: 'test.act',
      entityType: 'Person',
      entityId: personId,
      changes: { name: [null, 'Ingeborg Rigdata'] },
    },
  });
  await prisma.signInAttempt.create({
    data: { email: 'ingeborg@rig.example', ip: '10.0.0.1', succeeded: true },
  });
  await prisma.$transaction((tx) =>
    enqueueEmail(tx, {
      to: 'ingeborg@rig.example',
      locale: 'da',
      kind: 'account.welcome',
      data: { name: 'Ingeborg' },
    }),
  );
  await accountRows(userId);
  const client = app.client();
  await client.signIn(v.user.email, v.password);
  return { ...v, client };
}

describe('personal data: export', () => {
  it('exports every table holding the person’s data (derived from the schema), with their rows', async () => {
    const v = await richVolunteer();
    const response = await v.client.fetch('/exports/personal-data.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const data = (await response.json()) as Record<string, unknown>;
    const relations = personalRelations();
    expect(relations).toEqual(
      expect.arrayContaining([
        'consents',
        'signUps',
        'hours',
        'sessions',
        'calendarFeeds',
        'attendances',
        'invitations',
        'actionItems',
        'auditEntries',
      ]),
    );
    for (const relation of relations) {
      expect(data, `export lacks ${relation}`).toHaveProperty(relation);
      const value = data[relation];
      expect(Array.isArray(value) ? value.length : value, `export has no ${relation} row`).toBeTruthy();
    }
    expect((data.signInAttempts as unknown[]).length).toBeGreaterThanOrEqual(1);
    expect(data.emails).toEqual([
      expect.objectContaining({ kind: 'account.welcome', subject: 'Velkommen til Naboskab' }),
    ]);
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|tokenHash|argon2/);
    const viaGraphql = await v.client.gql('{ myPersonalData }');
    expect(Object.keys(viaGraphql.data?.myPersonalData).sort()).toEqual(Object.keys(data).sort());
  });

  it('exports tables as CSV and refuses anonymous visitors', async () => {
    const response = await w.as.volunteer.fetch('/exports/personal-data/consents.csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    const other = await app.client().fetch('/exports/personal-data.json');
    expect(other.status).toBe(401);
    expect((await w.as.volunteer.fetch('/exports/personal-data/nope.csv')).status).toBe(404);
    const v = await app.prisma.user.findFirstOrThrow({ where: { email: 'ingeborg@rig.example' } });
    const client = app.client();
    await client.signIn(v.email, 'Naboskab-test-2026');
    const csv = await (await client.fetch('/exports/personal-data/hours.csv')).text();
    // For Danish Excel: semicolons between fields and decimal commas (one column otherwise).
    const [header, ...rows] = csv.replace(/^\uFEFF/, '').split('\r\n');
    const columns = (header ?? '').split(';');
    expect(columns).toContain('hours');
    const hours = rows.filter(Boolean).map((row) => row.split(';')[columns.indexOf('hours')]);
    expect(hours.length).toBeGreaterThan(0);
    for (const cell of hours) expect(cell).toMatch(/^\d+(,\d+)?$/);
    expect(csv).toContain('Ingeborg lavede mad');
  });

  it('gives the ministry no one else’s personal data', async () => {
    const data = (await w.as.ministry.gql('{ myPersonalData }')).data?.myPersonalData;
    expect(JSON.stringify(data)).not.toMatch(/Ingeborg|Vera/);
  });
});

describe('personal data: erasure', () => {
  async function textColumnsContaining(needle: string) {
    const columns = await app.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'
        AND data_type IN ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`;
    const hits: string[] = [];
    for (const { table_name, column_name } of columns) {
      const rows = await app.prisma.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE $1`,
        `%${needle}%`,
      );
      if ((rows[0]?.n ?? 0) > 0) hits.push(`${table_name}.${column_name}`);
    }
    return hits;
  }
  const totals = async () => ({
    signUps: await app.prisma.volunteerSignUp.count(),
    approved: await app.prisma.volunteerSignUp.count({ where: { status: 'APPROVED' } }),
    hours: Number((await app.prisma.volunteerHours.aggregate({ _sum: { hours: true } }))._sum.hours),
  });

  it('refuses a wrong confirmation e-mail in Danish and English and changes nothing', async () => {
    const da = await w.as.volunteer.gql(DELETE, { input: { confirmEmail: 'someone@else.example' } });
    expect(issues(da.data?.deleteMyAccount)).toEqual({
      'input.confirmEmail': 'Skriv din egen e-mailadresse for at bekræfte sletningen.',
    });
    const en = await w.as.volunteerEn.gql(DELETE, { input: { confirmEmail: 'nope' } });
    expect(issues(en.data?.deleteMyAccount)).toEqual({
      'input.confirmEmail': 'Enter a valid e-mail address.',
    });
    expect(await app.prisma.user.count({ where: { email: 'vera@frivillig.example' } })).toBe(1);
    for (const client of [w.as.ministry, w.as.coordinator]) {
      const denied = await client.gql(DELETE, { input: { confirmEmail: 'x@y.dk' } });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('removes everything identifying in one transaction; sign-ups and hours stay so totals are unchanged', async () => {
    expect(await textColumnsContaining('Ingeborg')).not.toEqual([]);
    // An SMS to the number chosen on Min side (stored normalised) goes with the person.
    const ingeborg = await app.prisma.person.findFirstOrThrow({ where: { email: 'ingeborg@rig.example' } });
    await app.prisma.person.update({ where: { id: ingeborg.id }, data: { phone: '+4599887766' } });
    await app.prisma.outboxMessage.create({
      data: {
        channel: 'SMS',
        kind: 'notification.event',
        recipient: '+4599887766',
        locale: 'da',
        subject: '',
        data: {},
      },
    });
    const before = await totals();
    const client = app.client();
    await client.signIn('ingeborg@rig.example', 'Naboskab-test-2026');
    const result = await client.gql(DELETE, { input: { confirmEmail: 'Ingeborg@Rig.example' } });
    expect(result.data?.deleteMyAccount).toEqual({ __typename: 'DeleteMyAccountSuccess', deleted: true });
    expect(await textColumnsContaining('Ingeborg')).toEqual([]);
    expect(await textColumnsContaining('ingeborg@rig.example')).toEqual([]);
    expect(await textColumnsContaining('99 88 77 66')).toEqual([]);
    expect(await textColumnsContaining('+4599887766')).toEqual([]);
    expect(await app.prisma.meetingAnswerToken.count({ where: { personId: ingeborg.id } })).toBe(0);
    expect(await totals()).toEqual(before);
    expect((await client.gql('{ viewer { id } }')).data?.viewer).toBeNull();
    expect(await app.prisma.person.count({ where: { anonymisedAt: { not: null }, name: '' } })).toBe(1);
    expect(await app.prisma.volunteerSignUp.count({ where: { personId: null } })).toBe(1);
  });
});

describe('retention', () => {
  it('anonymises volunteers inactive for longer than the period, and no one else', async () => {
    const old = new Date(Date.now() - 40 * 30 * 86_400_000);
    const stale = await createUser(app.prisma, {
      role: 'VOLUNTEER',
      name: 'Gammel Frivillig',
      person: { lastActiveAt: old },
    });
    const recentSession = await createUser(app.prisma, {
      role: 'VOLUNTEER',
      name: 'Logger Ind',
      person: { lastActiveAt: old },
    });
    await createSession(app.prisma, { userId: recentSession.user.id });
    const staleCoordinator = await createUser(app.prisma, {
      role: 'COORDINATOR',
      name: 'Gammel Koordinator',
      person: { lastActiveAt: old },
    });
    const hoursBefore = await app.prisma.volunteerHours.count();
    const { anonymised } = await anonymiseInactiveVolunteers(app.prisma, { months: 24 });
    expect(anonymised).toBe(1);
    const people = await app.prisma.person.findMany({
      where: { id: { in: [stale.person.id, recentSession.person.id, staleCoordinator.person.id] } },
    });
    const byId = Object.fromEntries(people.map((p) => [p.id, p]));
    expect(byId[stale.person.id]).toMatchObject({ name: '', email: null });
    expect(byId[recentSession.person.id]?.name).toBe('Logger Ind');
    expect(byId[staleCoordinator.person.id]?.name).toBe('Gammel Koordinator');
    expect(await app.prisma.user.count({ where: { personId: stale.person.id } })).toBe(0);
    expect(await app.prisma.volunteerHours.count()).toBe(hoursBefore);
  });
});

describe('Open Referral (HSDS) export and the calendar', () => {
  it('exports a published activity as HSDS with organisations only', async () => {
    const response = await app.client().fetch(`/exports/hsds/activities/${w.activity.id}.json`);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as Record<string, any>;
    expect(Object.keys(doc).sort()).toEqual([
      'contact',
      'location',
      'organization',
      'schedule',
      'service',
      'service_at_location',
    ]);
    expect(doc.organization.name).toBe('Frivilligforeningen Testparken');
    expect(doc.service).toMatchObject({
      name: 'Fællesspisning i Testparken',
      organization_id: doc.organization.id,
    });
    expect(doc.location).toMatchObject({ latitude: 56.15, longitude: 10.13 });
    expect(doc.service_at_location).toMatchObject({
      service_id: doc.service.id,
      location_id: doc.location.id,
    });
    expect(doc.schedule[0]).toMatchObject({ freq: 'WEEKLY', byday: 'TU' });
    expect(doc.contact[0]).toMatchObject({ email: 'kontakt@forening.example' });
    expect(JSON.stringify(doc)).not.toMatch(/Kirsten|Vera|Otto/);
    expect((await app.client().fetch(`/exports/hsds/activities/${w.hiddenActivity.id}.json`)).status).toBe(
      404,
    );
  });

  it("puts the approved opportunity's shifts in the volunteer's personal feed, not others'", async () => {
    const approved = await createUser(app.prisma, { role: 'VOLUNTEER' });
    const applied = await createUser(app.prisma, { role: 'VOLUNTEER' });
    await app.prisma.volunteerSignUp.create({
      data: { opportunityId: w.otherOpportunity.id, personId: approved.person.id, status: 'APPROVED' },
    });
    await app.prisma.volunteerSignUp.create({
      data: { opportunityId: w.otherOpportunity.id, personId: applied.person.id, status: 'APPLIED' },
    });
    const feed = async (userId: string, token: string) => {
      await app.prisma.calendarFeed.create({ data: { userId, tokenHash: hashFeedToken(token) } });
      return (await app.client().fetch(`/calendar/personal/${token}.ics`)).text();
    };
    const own = await feed(approved.user.id, 'approved-volunteer-token-123456');
    expect(own.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(own).toContain('Lektiehjælper');
    expect(own).toContain(`/frivillig/${w.otherOpportunity.id}`);
    expect(await feed(applied.user.id, 'applied-volunteer-token-1234567')).not.toContain('Lektiehjælper');
  });
});
