import { readFileSync } from 'node:fs';
import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, OUTBOX_QUEUE } from '../src/mail/queue.ts';
import { sendDigest } from '../src/notifications/send-digest.ts';
import { linkSecret, unsubscribePath, unsubscribeToken } from '../src/notifications/unsubscribe.ts';
import type { TestMailCatcher } from './mail-support.ts';
import { startMailedTestApi } from './notification-support.ts';
import type { startTestApi } from './support.ts';

let app: Awaited<ReturnType<typeof startTestApi>>;
let catcher: TestMailCatcher;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ app, catcher, close } = await startMailedTestApi());
});
afterAll(() => close());

const post = (path: string, accept = '*/*') =>
  app.client().fetch(path, {
    method: 'POST',
    redirect: 'manual',
    headers: { accept, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });

/** Sends the person a daily digest of one waiting notification (a booking of theirs cancelled). */
async function sendDailyDigest(userId: string) {
  await app.prisma.notification.create({
    data: {
      userId,
      kind: 'booking.cancelled',
      objectType: 'Resource',
      objectId: userId,
      data: { activity: 'Festsalen', startsAt: null, place: null },
      pendingDigest: 'DAILY',
    },
  });
  return sendDigest(app.prisma, { userId, frequency: 'DAILY' });
}

/** The link of a message's List-Unsubscribe header, as a path; undefined without one. */
function unsubscribeLink(mail: Awaited<ReturnType<TestMailCatcher['waitForMessageTo']>>) {
  const line = mail.parsed.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
  return /<http:\/\/127\.0\.0\.1:3000(\/unsubscribe\/[^>]+)>/.exec(line)?.[1];
}

const DIGEST_RECIPIENT_MIGRATION = new URL(
  '../../prisma/migrations/20261206130000_digest_recipient/migration.sql',
  import.meta.url,
);

/**
 * A daily digest to `email` as the version before digests named their recipient wrote it (commit
 * 1a83b67: `data: { frequency, items }`), waiting (say for its next attempt) while the new version
 * is deployed: the deploy's migrations run, then its worker delivers it.
 */
async function deployOverDigestWithoutUserId(email: string) {
  const { id } = await app.prisma.outboxMessage.create({
    data: {
      kind: 'notification.digest',
      recipient: email,
      locale: 'da',
      subject: 'Naboskab i dag: 1 nyt varsel',
      data: {
        frequency: 'DAILY',
        items: [{ kind: 'booking.cancelled', activity: 'Festsalen', startsAt: null, place: null, path: '/' }],
      },
    },
  });
  await app.db.sql.executeSql(readFileSync(DIGEST_RECIPIENT_MIGRATION, 'utf8'));
  await app.prisma.$transaction((tx) => enqueueJob(tx, OUTBOX_QUEUE, { messageId: id }));
}

const emailOff = (userId: string) =>
  app.prisma.notificationPreference.findMany({
    where: { userId, email: 'OFF' },
    select: { kind: true },
    orderBy: { kind: 'asc' },
  });

describe('one-click unsubscribe from a digest queued before digests named their recipient', () => {
  it("unsubscribes the account it was sent to, and no one else's", async () => {
    const { user } = await createUser(app.prisma, { role: 'COORDINATOR' });
    const { user: other } = await createUser(app.prisma, { role: 'COORDINATOR' });
    await deployOverDigestWithoutUserId(user.email);
    const path = unsubscribeLink(await catcher.waitForMessageTo(user.email));
    expect(path).toMatch(/^\/unsubscribe\//);

    expect((await post(path as string)).status).toBe(200);
    expect((await emailOff(user.id)).map((p) => p.kind)).toContain('booking.cancelled');
    expect(await emailOff(other.id)).toEqual([]);
  });

  it("goes without the link when its address is no longer an account's", async () => {
    await deployOverDigestWithoutUserId('left@example.dk');
    const mail = await catcher.waitForMessageTo('left@example.dk');
    expect(mail.parsed.subject).toBe('Naboskab i dag: 1 nyt varsel');
    expect(unsubscribeLink(mail)).toBeUndefined();
  });

  it('refuses a link already sent for one, which names no one (404, not a server error)', async () => {
    const path = unsubscribePath(unsubscribeToken(linkSecret({}), 'undefined', 'digest.DAILY'));
    expect((await app.client().fetch(path)).status).toBe(303);
    expect((await post(path)).status).toBe(404);
    // A person who posted the confirm page is sent back to it, told the link does not work.
    const confirmed = await post(path, 'text/html');
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.get('location')).toBe('/afmeld?invalid=1');
  });
});

describe('one-click unsubscribe from a digest (RFC 8058)', () => {
  it('turns off e-mail for every kind the digest bundles for the person, and nothing else', async () => {
    const { user } = await createUser(app.prisma, { role: 'COORDINATOR' });
    const choose = (kind: string, email: 'IMMEDIATELY' | 'DAILY' | 'WEEKLY') =>
      app.prisma.notificationPreference.create({
        data: { userId: user.id, kind, email, sms: kind === 'meeting.planned' },
      });
    await choose('meeting.planned', 'DAILY');
    await choose('meeting.moved', 'WEEKLY');
    // Bundled daily by default for coordinators, but this person chose to get it at once.
    await choose('signUp.received', 'IMMEDIATELY');
    expect(await sendDailyDigest(user.id)).toBe(1);

    const mail = await catcher.waitForMessageTo(user.email);
    expect(mail.parsed.subject).toBe('Naboskab i dag: 1 nyt varsel');
    const header = (name: string) => mail.parsed.headerLines.find((h) => h.key === name)?.line ?? '';
    const link = /^List-Unsubscribe: <http:\/\/127\.0\.0\.1:3000(\/unsubscribe\/[^>]+)>$/.exec(
      header('list-unsubscribe'),
    );
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    const path = link?.[1] as string;
    expect(path).toMatch(/^\/unsubscribe\//);

    const preferences = () =>
      app.prisma.notificationPreference.findMany({
        where: { userId: user.id },
        select: { kind: true, email: true, sms: true },
        orderBy: { kind: 'asc' },
      });
    const before = await preferences();
    const forged = `${path.slice(0, -3)}${path.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect((await post(forged)).status).toBe(404);
    expect(await preferences()).toEqual(before);

    expect((await post(path)).status).toBe(200);
    expect(await preferences()).toEqual([
      // The role's daily defaults, now explicit OFF rows.
      { kind: 'booking.cancelled', email: 'OFF', sms: false },
      { kind: 'meeting.moved', email: 'WEEKLY', sms: false },
      // Chosen daily: off, the SMS chosen for it stays.
      { kind: 'meeting.planned', email: 'OFF', sms: true },
      { kind: 'signUp.received', email: 'IMMEDIATELY', sms: false },
    ]);
    // Repeating it (a mail provider may post twice) changes nothing more.
    expect((await post(path)).status).toBe(200);
    expect(await preferences()).toHaveLength(4);
  });

  it('keeps a choice the person makes at the same moment', async () => {
    const { user, password } = await createUser(app.prisma, { role: 'COORDINATOR' });
    const client = app.client();
    await client.signIn(user.email, password);
    await sendDailyDigest(user.id);
    const path = unsubscribeLink(await catcher.waitForMessageTo(user.email)) as string;
    // Both orders end the same: the person's own choice of booking.cancelled stands.
    const [chosen, posted] = await Promise.all([
      client.gql(
        `mutation ($input: SetNotificationPreferenceInput!) {
          setNotificationPreference(input: $input) { __typename }
        }`,
        { input: { kind: 'booking.cancelled', email: 'IMMEDIATELY', sms: false } },
      ),
      post(path),
    ]);
    expect(chosen.data?.setNotificationPreference.__typename).toBe('SetNotificationPreferenceSuccess');
    expect(posted.status).toBe(200);
    const preference = await app.prisma.notificationPreference.findUniqueOrThrow({
      where: { userId_kind: { userId: user.id, kind: 'booking.cancelled' } },
    });
    expect(preference.email).toBe('IMMEDIATELY');
  });
});
