import { createOpportunity } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNotificationWorker } from '../src/notifications/worker.ts';
import { type CaughtMail, findLink, type TestMailCatcher } from './mail-support.ts';
import { startMailedTestApi } from './notification-support.ts';
import type { startTestApi } from './support.ts';
import { gid, volunteerWorld } from './volunteer-support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let w: Awaited<ReturnType<typeof volunteerWorld>>;
let catcher: TestMailCatcher;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, catcher, close } = await startMailedTestApi());
  w = await volunteerWorld(app);
});
afterAll(() => close());

const SIGN_UP = /* GraphQL */ `
  mutation ($input: SignUpForOpportunityInput!) {
    signUpForOpportunity(input: $input) { __typename ... on SignUpForOpportunitySuccess { signUp { id } } }
  }
`;
const DECIDE = /* GraphQL */ `
  mutation ($input: DecideVolunteerSignUpsInput!) {
    decideVolunteerSignUps(input: $input) { __typename }
  }
`;
const NOTIFICATIONS = /* GraphQL */ `
  query {
    unreadNotificationCount
    notifications(first: 20) { totalCount edges { node { id kind title link place readAt } } }
  }
`;
const NODE = /* GraphQL */ `query ($id: ID!) { node(id: $id) { id ... on Notification { title } } }`;
const PREFERENCES = /* GraphQL */ `query { notificationPreferences { kind label email isDefault } }`;
const SET_PREFERENCE = /* GraphQL */ `
  mutation ($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      __typename
      ... on ValidationError { issues { path message } }
    }
  }
`;
const MARK_READ = /* GraphQL */ `
  mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }
`;

type Listed = { id: string; kind: string; title: string; link: string; place: string | null };
async function listOf(client: typeof w.as.volunteer) {
  const result = await client.gql(NOTIFICATIONS);
  expect(result.errors).toBeUndefined();
  const nodes = result.data?.notifications.edges.map((e: { node: Listed }) => e.node) as Listed[];
  return { unread: result.data?.unreadNotificationCount as number, nodes };
}

describe('notifications', () => {
  let signUpId: string;
  let coordinatorNotificationId: string;

  it('tells the coordinators of a sign-up in the app, without the volunteer message', async () => {
    const signUp = await w.as.volunteer.gql(SIGN_UP, {
      input: { opportunityId: gid('VolunteerOpportunity', w.opportunity.id), message: 'Jeg har dårlig ryg' },
    });
    signUpId = signUp.data?.signUpForOpportunity.signUp.id;
    const { unread, nodes } = await listOf(w.as.coordinator);
    expect(unread).toBe(1);
    expect(nodes).toEqual([
      expect.objectContaining({
        kind: 'signUp.received',
        title: 'Ny frivillig har meldt sig til Kok til fællesspisning',
        link: '/koordinator/frivillige',
        place: 'Beboerhuset, Testvej 1',
      }),
    ]);
    coordinatorNotificationId = nodes[0]?.id as string;
    expect(JSON.stringify(await app.prisma.notification.findMany())).not.toContain('ryg');
    // The other partnership's coordinator hears nothing.
    expect((await listOf(w.as.otherCoordinator)).unread).toBe(0);
    // Coordinators get sign-ups as a daily digest by default: no e-mail now.
    expect(await app.prisma.outboxMessage.count({ where: { kind: 'notification.event' } })).toBe(0);
  });

  it('is readable and markable by its recipient only', async () => {
    const other = await w.as.volunteer.gql(NODE, { id: coordinatorNotificationId });
    expect(other.data?.node).toBeNull();
    const sneaky = await w.as.volunteer.gql(MARK_READ, {
      input: { notificationIds: [coordinatorNotificationId] },
    });
    expect(sneaky.data?.markNotificationsRead).toEqual({ marked: 0, unreadCount: 0 });
    expect((await listOf(w.as.coordinator)).unread).toBe(1);
    const anonymous = await w.as.anonymous.gql(NOTIFICATIONS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const own = await w.as.coordinator.gql(NODE, { id: coordinatorNotificationId });
    expect(own.data?.node.title).toContain('Kok til fællesspisning');
    const marked = await w.as.coordinator.gql(MARK_READ, {
      input: { notificationIds: [coordinatorNotificationId] },
    });
    expect(marked.data?.markNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
    const again = await w.as.coordinator.gql(MARK_READ, { input: {} });
    expect(again.data?.markNotificationsRead).toEqual({ marked: 0, unreadCount: 0 });
  });

  it('tells the approved volunteer in the app and at once by e-mail, with a link', async () => {
    const decided = await w.as.coordinator.gql(DECIDE, {
      input: { signUpIds: [signUpId], decision: 'APPROVED' },
    });
    expect(decided.data?.decideVolunteerSignUps.__typename).toBe('DecideVolunteerSignUpsSuccess');
    const { unread, nodes } = await listOf(w.as.volunteer);
    expect(unread).toBe(1);
    expect(nodes[0]).toMatchObject({ kind: 'signUp.approved', link: '/mine-opgaver' });

    const mail = (await catcher.waitForMessageTo('vera@frivillig.example')) as CaughtMail;
    expect(mail.parsed.subject).toBe('Du er godkendt som frivillig: Kok til fællesspisning');
    expect(mail.parsed.text).toContain('Sted: Beboerhuset, Testvej 1');
    expect(mail.parsed.text).not.toContain('ryg');
    expect(findLink(mail, '/mine-opgaver')).toBe('http://127.0.0.1:3000/mine-opgaver');
    // Approving again changes nothing and tells nobody again.
    await w.as.coordinator.gql(DECIDE, { input: { signUpIds: [signUpId], decision: 'APPROVED' } });
    expect((await listOf(w.as.volunteer)).nodes).toHaveLength(1);
  });

  it('lists the kinds a person can get with their role’s defaults, and saves a choice', async () => {
    const before = await w.as.otherVolunteer.gql(PREFERENCES);
    expect(before.data?.notificationPreferences).toContainEqual({
      kind: 'signUp.approved',
      label: 'Godkendte tilmeldinger',
      email: 'IMMEDIATELY',
      isDefault: true,
    });
    expect(before.data?.notificationPreferences.map((p: { kind: string }) => p.kind)).not.toContain(
      'signUp.received',
    );
    const coordinatorKind = await w.as.otherVolunteer.gql(SET_PREFERENCE, {
      input: { kind: 'signUp.received', email: 'OFF' },
    });
    expect(coordinatorKind.data?.setNotificationPreference.issues).toEqual([
      { path: ['input', 'kind'], message: 'Den slags varsel findes ikke for dig.' },
    ]);
    const set = await w.as.otherVolunteer.gql(SET_PREFERENCE, {
      input: { kind: 'signUp.approved', email: 'OFF' },
    });
    expect(set.data?.setNotificationPreference.__typename).toBe('SetNotificationPreferenceSuccess');
    const after = await w.as.otherVolunteer.gql(PREFERENCES);
    expect(after.data?.notificationPreferences).toContainEqual(
      expect.objectContaining({ kind: 'signUp.approved', email: 'OFF', isDefault: false }),
    );
    expect((await w.as.anonymous.gql(PREFERENCES)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('follows the person’s choice: no e-mail for a kind they turned off', async () => {
    const signUp = await w.as.otherVolunteer.gql(SIGN_UP, {
      input: { opportunityId: gid('VolunteerOpportunity', w.opportunity.id) },
    });
    const id = signUp.data?.signUpForOpportunity.signUp.id;
    await w.as.coordinator.gql(DECIDE, { input: { signUpIds: [id], decision: 'APPROVED' } });
    expect((await listOf(w.as.otherVolunteer)).unread).toBe(1);
    const outbox = await app.prisma.outboxMessage.findMany({ where: { kind: 'notification.event' } });
    expect(outbox.map((m) => m.recipient)).toEqual(['vera@frivillig.example']);
  });

  it('tells a volunteer once per activity when hours are sent back, at once by e-mail, without the note', async () => {
    const LOG = /* GraphQL */ `
      mutation ($input: LogVolunteerHoursInput!) {
        logVolunteerHours(input: $input) { __typename ... on LogVolunteerHoursSuccess { hours { id } } }
      }
    `;
    // Hours count from the sign-up on: the volunteer signed up a month ago.
    await app.prisma.volunteerSignUp.updateMany({
      where: { personId: w.people.volunteer.person.id, status: 'APPROVED' },
      data: { createdAt: new Date(Date.now() - 30 * 86_400_000) },
    });
    const ids: string[] = [];
    for (const daysAgo of [2, 3]) {
      const date = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
      const logged = await w.as.volunteer.gql(LOG, {
        input: { activityId: gid('Activity', w.activity.id), date, hours: 2, note: 'Besøgte en ensom nabo' },
      });
      ids.push(logged.data?.logVolunteerHours.hours.id);
    }
    const DECIDE_HOURS = /* GraphQL */ `
      mutation ($input: DecideVolunteerHoursInput!) { decideVolunteerHours(input: $input) { __typename } }
    `;
    const sentBack = await w.as.coordinator.gql(DECIDE_HOURS, {
      input: { hoursIds: ids, decision: 'REJECTED' },
    });
    expect(sentBack.data?.decideVolunteerHours.__typename).toBe('DecideVolunteerHoursSuccess');
    const returned = (await listOf(w.as.volunteer)).nodes.filter((n) => n.kind === 'hours.returned');
    expect(returned).toEqual([
      expect.objectContaining({
        title: 'Dine timer for Fællesspisning i Testparken er sendt tilbage',
        link: '/mine-aftaler',
      }),
    ]);
    const mails = await catcher.waitForMessages(2);
    const mail = mails.find((m) => m.parsed.subject?.includes('sendt tilbage'));
    expect(mail?.envelopeTo).toEqual(['vera@frivillig.example']);
    expect(`${mail?.parsed.text}`).not.toContain('Besøgte');
  });

  it('bundles a coordinator’s day of sign-ups in one digest e-mail, once, leaving out what they read', async () => {
    const second = await createOpportunity(app.prisma, {
      activityId: w.activity.id,
      contactOrganisationId: w.association.id,
      title: 'Opvasker',
    });
    await w.as.volunteer.gql(SIGN_UP, { input: { opportunityId: gid('VolunteerOpportunity', second.id) } });
    const queued = () =>
      app.prisma.$queryRawUnsafe<{ n: number; at: Date }[]>(
        `SELECT count(*)::int AS n, min(start_after) AS at FROM pgboss.job
          WHERE name = 'notification.digest' AND state = 'created'`,
      );
    // Three sign-ups, one waiting digest, due at 07:00 Copenhagen time tomorrow.
    const [waiting] = await queued();
    expect(waiting?.n).toBe(1);
    expect(waiting?.at.getTime()).toBeGreaterThan(Date.now());
    expect([5, 6]).toContain(waiting?.at.getUTCHours());

    await app.prisma.$executeRawUnsafe(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'notification.digest'`,
    );
    const digests = await startNotificationWorker({
      prisma: app.db.prisma,
      sql: app.db.sql,
      pollingIntervalSeconds: 0.5,
    });
    try {
      const mail = await catcher.waitForMessageTo(w.people.coordinator.user.email);
      expect(mail.parsed.subject).toBe('Naboskab i dag: 2 nye varsler');
      expect(mail.parsed.text).toContain('Ny frivillig har meldt sig til Kok til fællesspisning');
      expect(mail.parsed.text).toContain('Ny frivillig har meldt sig til Opvasker');
      expect(findLink(mail, '/varsler')).toBe('http://127.0.0.1:3000/varsler');
    } finally {
      await digests.stop();
    }
    expect(await app.prisma.notification.count({ where: { pendingDigest: { not: null } } })).toBe(0);
    expect((await queued())[0]?.n).toBe(0);
    const sent = await app.prisma.outboxMessage.count({ where: { kind: 'notification.digest' } });
    expect(sent).toBe(1);
  });
});
