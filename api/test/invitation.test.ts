import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invitationSendLimits } from '../src/domain/account/invitations.ts';
import { accountWorld, outboxSettled, tokenFrom } from './account-support.ts';
import { EN, gid } from './partnership-support.ts';

const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      __typename
      ... on InviteUserSuccess { invitation { id email role status partnership { name } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      __typename
      ... on AcceptInvitationSuccess { accepted { landing viewer { email role } } }
      ... on Error { message }
    }
  }
`;
const RESEND = `mutation($input: InvitationIdInput!) { resendInvitation(input: $input) { __typename ... on Error { message } } }`;
const REVOKE = `mutation($input: InvitationIdInput!) { revokeInvitation(input: $input) { __typename ... on Error { message } } }`;
const PENDING = '{ invitations(pendingOnly: true, first: 50) { edges { node { email status } } } }';
const PASSWORD = 'Et-langt-kodeord-2026';

describe('invitations', () => {
  let world: Awaited<ReturnType<typeof accountWorld>>;
  beforeAll(async () => {
    world = await accountWorld();
  });
  afterAll(() => world.close());

  it('an administrator invites a coordinator by e-mail; the link creates the account and lands on the partnership', async () => {
    const { w, app } = world;
    const admin = await w.as('admin');
    const invited = await admin.gql(INVITE, {
      input: {
        email: 'Nora@FCA.dk',
        name: 'Nora Nielsen',
        role: 'COORDINATOR',
        organisationId: gid('Organisation', w.association.id),
        partnershipId: gid('Partnership', w.partnership.id),
      },
    });
    expect(invited.data?.inviteUser.invitation).toMatchObject({
      email: 'nora@fca.dk',
      status: 'PENDING',
      partnership: { name: 'Fællesskab i Gellerup' },
    });
    const mail = await world.mailTo('nora@fca.dk');
    expect(mail.parsed.subject).toBe('Du er inviteret til Naboskab');
    expect(mail.parsed.text).toContain('Fællesskab i Gellerup');
    const token = tokenFrom(mail, '/invitation');
    const preview = await app
      .client()
      .gql('query($t: String!) { invitationByToken(token: $t) { name role partnershipName } }', { t: token });
    expect(preview.data?.invitationByToken).toEqual({
      name: 'Nora Nielsen',
      role: 'COORDINATOR',
      partnershipName: 'Fællesskab i Gellerup',
    });

    const browser = app.client();
    const accepted = await browser.gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.data?.acceptInvitation.accepted).toEqual({
      landing: `/partnerskaber/${w.partnership.slug}`,
      viewer: { email: 'nora@fca.dk', role: 'COORDINATOR' },
    });
    const user = await app.prisma.user.findUniqueOrThrow({
      where: { email: 'nora@fca.dk' },
      include: { coordinates: true, person: true },
    });
    expect(user.coordinates.map((c) => c.partnershipId)).toEqual([w.partnership.id]);
    expect(user.person.organisationId).toBe(w.association.id);
    expect(user.emailVerifiedAt).not.toBeNull();
    // Single use.
    const again = await app.client(EN).gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(again.data?.acceptInvitation.message).toBe(
      'The invitation is invalid, expired, revoked or already used. Ask for a new one.',
    );
  });

  it('a coordinator invites a contact person of a member organisation; not of another organisation or partnership', async () => {
    const { w, app } = world;
    await app.prisma.partnershipMember.create({
      data: { partnershipId: w.partnership.id, organisationId: w.housing.id, role: 'HOUSING_ORGANISATION' },
    });
    const coordinator = await w.as('coordinator', EN);
    const base = { email: 'kontakt@bb.dk', name: 'Karin Kontakt', role: 'VOLUNTEER' };
    const ok = await coordinator.gql(INVITE, {
      input: {
        ...base,
        organisationId: gid('Organisation', w.housing.id),
        partnershipId: gid('Partnership', w.partnership.id),
      },
    });
    expect(ok.data?.inviteUser.invitation.role).toBe('COORDINATOR');
    const notMember = await coordinator.gql(INVITE, {
      input: {
        ...base,
        email: 'x@y.dk',
        organisationId: gid('Organisation', w.association.id),
        partnershipId: gid('Partnership', w.partnership.id),
      },
    });
    expect(notMember.data?.inviteUser.issues).toEqual([
      { path: ['input', 'organisationId'], message: 'The organisation must be a member of the partnership.' },
    ]);
    const otherPartnership = await coordinator.gql(INVITE, {
      input: {
        ...base,
        email: 'z@y.dk',
        organisationId: gid('Organisation', w.housing.id),
        partnershipId: gid('Partnership', w.otherPartnership.id),
      },
    });
    expect(otherPartnership.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const token = tokenFrom(await world.mailTo('kontakt@bb.dk'), '/invitation');
    const accepted = await app.client().gql(ACCEPT, { input: { token, password: PASSWORD } });
    expect(accepted.data?.acceptInvitation.accepted.landing).toBe(`/partnerskaber/${w.partnership.slug}`);
    // A member's contact person, not a coordinator of the partnership.
    expect(
      await app.prisma.partnershipCoordinator.count({ where: { user: { email: 'kontakt@bb.dk' } } }),
    ).toBe(0);
    // The coordinator sees their partnership's invitations; the other coordinator does not.
    const mine = await coordinator.gql('{ invitations(first: 50) { edges { node { email } } } }');
    expect(mine.data?.invitations.edges.map((e: { node: { email: string } }) => e.node.email)).toContain(
      'kontakt@bb.dk',
    );
    const theirs = await (await w.as('otherCoordinator')).gql(
      '{ invitations(first: 50) { edges { node { email } } } }',
    );
    expect(theirs.data?.invitations.edges).toEqual([]);
    expect((await (await w.as('volunteer')).gql(PENDING)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("a coordinator's invitation does not replace one pending elsewhere (another partnership's, or an administrator's)", async () => {
    const { w, app } = world;
    await app.prisma.partnershipMember.upsert({
      where: {
        partnershipId_organisationId: { partnershipId: w.partnership.id, organisationId: w.housing.id },
      },
      create: { partnershipId: w.partnership.id, organisationId: w.housing.id, role: 'HOUSING_ORGANISATION' },
      update: {},
    });
    const byAdmin = await (await w.as('admin')).gql(INVITE, {
      input: { email: 'anden.admin@fca.dk', name: 'Anden Admin', role: 'ADMIN' },
    });
    expect(byAdmin.data?.inviteUser.invitation.status).toBe('PENDING');
    const byCoordinator = await (await w.as('coordinator')).gql(INVITE, {
      input: {
        email: 'anden.admin@fca.dk',
        name: 'Anden Admin',
        role: 'COORDINATOR',
        organisationId: gid('Organisation', w.housing.id),
        partnershipId: gid('Partnership', w.partnership.id),
      },
    });
    expect(byCoordinator.data?.inviteUser).toEqual({
      __typename: 'ConflictError',
      message: 'Personen har allerede en afventende invitation fra en anden. Den skal trækkes tilbage først.',
    });
    const pending = await app.prisma.invitation.findMany({
      where: { email: 'anden.admin@fca.dk', acceptedAt: null, revokedAt: null },
    });
    expect(pending.map((i) => i.role)).toEqual(['ADMIN']);

    const elsewhere = await (await w.as('admin')).gql(INVITE, {
      input: {
        email: 'ny.koordinator@fca.dk',
        name: 'Ny Koordinator',
        role: 'COORDINATOR',
        partnershipId: gid('Partnership', w.otherPartnership.id),
      },
    });
    expect(elsewhere.data?.inviteUser.invitation.status).toBe('PENDING');
    const again = await (await w.as('coordinator')).gql(INVITE, {
      input: {
        email: 'ny.koordinator@fca.dk',
        name: 'Ny Koordinator',
        role: 'COORDINATOR',
        organisationId: gid('Organisation', w.housing.id),
        partnershipId: gid('Partnership', w.partnership.id),
      },
    });
    expect(again.data?.inviteUser.__typename).toBe('ConflictError');
  });

  it('resend sends a new link and the old one stops working; revoke stops the link; both only while pending', async () => {
    const { w, app } = world;
    const admin = await w.as('admin');
    const invited = await admin.gql(INVITE, {
      input: { email: 'resend@aarhus.dk', name: 'Rie Resend', role: 'MINISTRY' },
    });
    const id = invited.data?.inviteUser.invitation.id;
    const first = tokenFrom(await world.mailTo('resend@aarhus.dk'), '/invitation');
    expect((await admin.gql(RESEND, { input: { invitationId: id } })).data?.resendInvitation.__typename).toBe(
      'ResendInvitationSuccess',
    );
    const second = tokenFrom(await world.mailTo('resend@aarhus.dk', 1), '/invitation');
    expect(second).not.toBe(first);
    expect(
      (await app.client().gql(ACCEPT, { input: { token: first, password: PASSWORD } })).data?.acceptInvitation
        .__typename,
    ).toBe('NotAllowedError');
    expect((await admin.gql(PENDING)).data?.invitations.edges).toContainEqual({
      node: { email: 'resend@aarhus.dk', status: 'PENDING' },
    });
    expect((await admin.gql(REVOKE, { input: { invitationId: id } })).data?.revokeInvitation.__typename).toBe(
      'RevokeInvitationSuccess',
    );
    expect(
      (await app.client().gql(ACCEPT, { input: { token: second, password: PASSWORD } })).data
        ?.acceptInvitation.__typename,
    ).toBe('NotAllowedError');
    const twice = await (await w.as('admin', EN)).gql(REVOKE, { input: { invitationId: id } });
    expect(twice.data?.revokeInvitation).toEqual({
      __typename: 'ConflictError',
      message: 'The invitation is no longer pending.',
    });
    expect((await admin.gql(PENDING)).data?.invitations.edges).not.toContainEqual({
      node: { email: 'resend@aarhus.dk', status: 'PENDING' },
    });
  });

  it('sends at most three invitation e-mails an hour to one address, resends included', async () => {
    const { w, app } = world;
    const admin = await w.as('admin', EN);
    const invited = await admin.gql(INVITE, {
      input: { email: 'oversvoemmet@aarhus.dk', name: 'Otto Oversvømmet', role: 'MINISTRY' },
    });
    const input = { invitationId: invited.data?.inviteUser.invitation.id };
    const resent = [];
    for (let i = 0; i < 3; i++) resent.push((await admin.gql(RESEND, { input })).data?.resendInvitation);
    expect(resent.map((r) => r.__typename)).toEqual([
      'ResendInvitationSuccess',
      'ResendInvitationSuccess',
      'NotAllowedError',
    ]);
    expect(resent[2].message).toBe('Too many attempts. Wait a while and try again.');
    const again = await admin.gql(INVITE, {
      input: { email: 'oversvoemmet@aarhus.dk', name: 'Otto Oversvømmet', role: 'MINISTRY' },
    });
    expect(again.data?.inviteUser.__typename).toBe('NotAllowedError');
    await outboxSettled(app);
    expect(world.mailsTo('oversvoemmet@aarhus.dk')).toHaveLength(invitationSendLimits.perAddress);
  });

  it('expired invitations cannot be accepted', async () => {
    const { w, app } = world;
    await (await w.as('admin')).gql(INVITE, {
      input: { email: 'late@aarhus.dk', name: 'Lars Late', role: 'MINISTRY' },
    });
    const token = tokenFrom(await world.mailTo('late@aarhus.dk'), '/invitation');
    await app.prisma.invitation.updateMany({
      where: { email: 'late@aarhus.dk' },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(
      (await app.client().gql(ACCEPT, { input: { token, password: PASSWORD } })).data?.acceptInvitation
        .__typename,
    ).toBe('NotAllowedError');
  });

  it('refuses to invite an address that has an account, a coordinator without a partnership, and non-staff', async () => {
    const { w } = world;
    const admin = await w.as('admin', EN);
    const taken = await admin.gql(INVITE, {
      input: { email: w.users.volunteer.user.email, name: 'X', role: 'MINISTRY' },
    });
    expect(taken.data?.inviteUser.message).toBe('An account with this e-mail already exists.');
    const noPartnership = await admin.gql(INVITE, {
      input: { email: 'np@aarhus.dk', name: 'X', role: 'COORDINATOR' },
    });
    expect(noPartnership.data?.inviteUser.issues[0].message).toBe(
      'Choose the partnership the coordinator will coordinate.',
    );
    const volunteer = await (await w.as('volunteer')).gql(INVITE, {
      input: { email: 'v@aarhus.dk', name: 'X', role: 'ADMIN' },
    });
    expect(volunteer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the field of an organisation or partnership that does not exist, rather than failing', async () => {
    const { w, app } = world;
    const admin = await w.as('admin', EN);
    const missing = '0190f0a0-0000-7000-8000-000000000001';
    const invite = (input: Record<string, unknown>) =>
      admin.gql(INVITE, { input: { email: 'ingen@aarhus.dk', name: 'X', ...input } });
    const noOrganisation = await invite({ role: 'VOLUNTEER', organisationId: gid('Organisation', missing) });
    expect(noOrganisation.data?.inviteUser.issues).toEqual([
      { path: ['input', 'organisationId'], message: 'It does not exist, or you have no access to it.' },
    ]);
    const noPartnership = await invite({ role: 'COORDINATOR', partnershipId: gid('Partnership', missing) });
    expect(noPartnership.data?.inviteUser.issues).toEqual([
      { path: ['input', 'partnershipId'], message: 'It does not exist, or you have no access to it.' },
    ]);
    expect(await app.prisma.invitation.count({ where: { email: 'ingen@aarhus.dk' } })).toBe(0);
  });

  it("lists one partnership's pending invitations when asked, never another's to its coordinator", async () => {
    const { w } = world;
    const admin = await w.as('admin');
    for (const [email, partnership] of [
      ['mine@gellerup.dk', w.partnership],
      ['theirs@odense.dk', w.otherPartnership],
    ] as const) {
      await admin.gql(INVITE, {
        input: {
          email,
          name: 'Kim Koordinator',
          role: 'COORDINATOR',
          partnershipId: gid('Partnership', partnership.id),
        },
      });
    }
    const ONE =
      'query($p: ID) { invitations(pendingOnly: true, partnershipId: $p, first: 50) { edges { node { email } } } }';
    const emails = (r: { data?: { invitations: { edges: { node: { email: string } }[] } } }) =>
      r.data?.invitations.edges.map((e) => e.node.email);
    const mine = emails(await admin.gql(ONE, { p: gid('Partnership', w.partnership.id) }));
    expect(mine).toContain('mine@gellerup.dk');
    expect(mine).not.toContain('theirs@odense.dk');
    const coordinator = await w.as('coordinator');
    expect(emails(await coordinator.gql(ONE, { p: gid('Partnership', w.partnership.id) }))).toContain(
      'mine@gellerup.dk',
    );
    expect(emails(await coordinator.gql(ONE, { p: gid('Partnership', w.otherPartnership.id) }))).toEqual([]);
  });

  it('two accepts of one invitation at once make exactly one account', async () => {
    const { w, app } = world;
    for (let round = 0; round < 3; round++) {
      const email = `race-${round}@aarhus.dk`;
      await (await w.as('admin')).gql(INVITE, { input: { email, name: 'Rasmus Race', role: 'MINISTRY' } });
      const token = tokenFrom(await world.mailTo(email), '/invitation');
      const results = await Promise.all(
        Array.from({ length: 4 }, () => app.client().gql(ACCEPT, { input: { token, password: PASSWORD } })),
      );
      const kinds = results.map((r) => r.data?.acceptInvitation.__typename).sort();
      expect(kinds.filter((k) => k === 'AcceptInvitationSuccess')).toHaveLength(1);
      // The losers find the invitation used (not a failed duplicate account).
      expect(kinds.filter((k) => k !== 'AcceptInvitationSuccess')).toEqual([
        'NotAllowedError',
        'NotAllowedError',
        'NotAllowedError',
      ]);
      expect(await app.prisma.user.count({ where: { email } })).toBe(1);
    }
  });

  it('sends at most thirty invitations an hour from one person', async () => {
    const { app } = world;
    const { user, password } = await createUser(app.prisma, { role: 'ADMIN' });
    const admin = app.client();
    await admin.signIn(user.email, password);
    const invite = (n: number) =>
      admin.gql(INVITE, { input: { email: `mange${n}@aarhus.dk`, name: `Mange ${n}`, role: 'MINISTRY' } });
    for (let n = 0; n < invitationSendLimits.perInviter; n++) {
      expect((await invite(n)).data?.inviteUser.__typename).toBe('InviteUserSuccess');
    }
    expect((await invite(99)).data?.inviteUser.__typename).toBe('NotAllowedError');
  });
});
