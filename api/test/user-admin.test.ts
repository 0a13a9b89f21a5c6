import { createOrganisation, createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, gid, partnershipWorld } from './partnership-support.ts';
import { startTestApi } from './support.ts';

const ROLE = /* GraphQL */ `
  mutation Role($input: SetUserRoleInput!) {
    setUserRole(input: $input) { __typename ... on Error { message } }
  }
`;
const DEACTIVATE = /* GraphQL */ `
  mutation Deactivate($input: UserStatusInput!) {
    deactivateUser(input: $input) {
      __typename
      ... on DeactivateUserSuccess { user { status } }
      ... on Error { message }
    }
  }
`;
const REACTIVATE = /* GraphQL */ `
  mutation Reactivate($input: UserStatusInput!) {
    reactivateUser(input: $input) {
      __typename
      ... on ReactivateUserSuccess { user { status } }
      ... on Error { message }
    }
  }
`;
const USERS = /* GraphQL */ `
  query Users($role: UserRole, $organisationId: ID, $status: UserStatus) {
    users(role: $role, organisationId: $organisationId, status: $status, first: 50) {
      totalCount
      edges { node { email status organisation { name } } }
    }
  }
`;
const VIEWER = '{ viewer { email } }';

describe('administering accounts', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof partnershipWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await partnershipWorld(app);
  });
  afterAll(() => app.close());

  it('filters the user list by organisation, role and status', async () => {
    const centre = await createOrganisation(app.prisma, {
      name: 'FrivilligCenter Aarhus',
      kind: 'VOLUNTEER_CENTRE',
    });
    const staff = await createUser(app.prisma, { role: 'COORDINATOR', organisationId: centre.id });
    await createUser(app.prisma, {
      role: 'VOLUNTEER',
      organisationId: centre.id,
      user: { disabledAt: new Date() },
    });
    const admin = await w.as('admin');
    const ofCentre = await admin.gql(USERS, { organisationId: gid('Organisation', centre.id) });
    expect(ofCentre.data?.users.totalCount).toBe(2);
    expect(ofCentre.data?.users.edges[0].node.organisation).toEqual({ name: 'FrivilligCenter Aarhus' });
    const activeCoordinators = await admin.gql(USERS, {
      organisationId: gid('Organisation', centre.id),
      role: 'COORDINATOR',
      status: 'ACTIVE',
    });
    expect(
      activeCoordinators.data?.users.edges.map((e: { node: { email: string } }) => e.node.email),
    ).toEqual([staff.user.email]);
    const deactivated = await admin.gql(USERS, {
      organisationId: gid('Organisation', centre.id),
      status: 'DEACTIVATED',
    });
    expect(deactivated.data?.users.edges[0].node.status).toBe('DEACTIVATED');
  });

  it('deactivating ends the sessions at once and refuses sign-in; the history keeps the name', async () => {
    const leaver = await createUser(app.prisma, { role: 'COORDINATOR', name: 'Lone Leaver' });
    const session = app.client();
    await session.signIn(leaver.user.email, leaver.password);
    expect((await session.gql(VIEWER)).data?.viewer.email).toBe(leaver.user.email);
    await app.prisma.auditEntry.create({
      data: {
        actorUserId: leaver.user.id,
        action: 'update',
        entityType: 'Partnership',
        entityId: w.partnership.id,
        partnershipId: w.partnership.id,
        changes: {},
      },
    });
    const admin = await w.as('admin');
    const result = await admin.gql(DEACTIVATE, { input: { userId: gid('User', leaver.user.id) } });
    expect(result.data?.deactivateUser).toEqual({
      __typename: 'DeactivateUserSuccess',
      user: { status: 'DEACTIVATED' },
    });
    expect((await session.gql(VIEWER)).data?.viewer).toBeNull();
    const again = await app
      .client(EN)
      .gql('mutation($i: SignInInput!) { signIn(input: $i) { __typename ... on Error { message } } }', {
        i: { email: leaver.user.email, password: leaver.password },
      });
    expect(again.data?.signIn.message).toBe('Wrong e-mail or password.');
    const history = await admin.gql(
      'query($slug: String!) { partnership(slug: $slug) { history(first: 5) { edges { node { actorName } } } } }',
      { slug: w.partnership.slug },
    );
    expect(JSON.stringify(history.data)).toContain('Lone Leaver');

    const back = await admin.gql(REACTIVATE, { input: { userId: gid('User', leaver.user.id) } });
    expect(back.data?.reactivateUser.user.status).toBe('ACTIVE');
    await app.client().signIn(leaver.user.email, leaver.password);
    expect(
      await app.prisma.auditEntry.count({ where: { entityType: 'User', entityId: leaver.user.id } }),
    ).toBe(2);
  });

  it('a role change ends the person’s sessions', async () => {
    const person = await createUser(app.prisma, { role: 'VOLUNTEER' });
    const session = app.client();
    await session.signIn(person.user.email, person.password);
    const admin = await w.as('admin');
    await admin.gql(ROLE, { input: { userId: gid('User', person.user.id), role: 'COORDINATOR' } });
    expect((await session.gql(VIEWER)).data?.viewer).toBeNull();
  });

  it('refuses to deactivate yourself, in Danish and English', async () => {
    const da = await (await w.as('admin')).gql(DEACTIVATE, {
      input: { userId: gid('User', w.users.admin.user.id) },
    });
    expect(da.data?.deactivateUser.message).toBe('Du kan ikke deaktivere din egen konto.');
    const en = await (await w.as('admin', EN)).gql(DEACTIVATE, {
      input: { userId: gid('User', w.users.admin.user.id) },
    });
    expect(en.data?.deactivateUser.message).toBe('You cannot deactivate your own account.');
  });

  it('refuses deactivation to everyone but administrators', async () => {
    for (const role of ['coordinator', 'volunteer', 'ministry'] as const) {
      const result = await (await w.as(role)).gql(DEACTIVATE, {
        input: { userId: gid('User', w.users.admin.user.id) },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(
      (await app.client().gql(DEACTIVATE, { input: { userId: gid('User', w.users.admin.user.id) } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });
});

describe('the last active administrator', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  beforeAll(async () => {
    app = await startTestApi();
  });
  afterAll(() => app.close());

  /** Two administrators, each signed in; nobody else is an administrator. */
  async function twoAdmins() {
    await app.prisma.user.updateMany({ where: { role: 'ADMIN' }, data: { role: 'VOLUNTEER' } });
    const a = await createUser(app.prisma, { role: 'ADMIN' });
    const b = await createUser(app.prisma, { role: 'ADMIN' });
    const clientA = app.client(EN);
    const clientB = app.client(EN);
    await clientA.signIn(a.user.email, a.password);
    await clientB.signIn(b.user.email, b.password);
    return { a, b, clientA, clientB };
  }

  const activeAdmins = () => app.prisma.user.count({ where: { role: 'ADMIN', disabledAt: null } });

  for (const [what, act] of [
    [
      'demote',
      (client: ReturnType<typeof app.client>, id: string) =>
        client.gql(ROLE, { input: { userId: gid('User', id), role: 'VOLUNTEER' } }),
    ],
    [
      'deactivate',
      (client: ReturnType<typeof app.client>, id: string) =>
        client.gql(DEACTIVATE, { input: { userId: gid('User', id) } }),
    ],
  ] as const) {
    it(`two administrators who ${what} each other at once leave one; the other gets a typed error`, async () => {
      for (let round = 0; round < 5; round++) {
        const { a, b, clientA, clientB } = await twoAdmins();
        const results = await Promise.all([act(clientA, b.user.id), act(clientB, a.user.id)]);
        const payloads = results.map(
          (r) => Object.values(r.data ?? {})[0] as { __typename: string; message?: string } | undefined,
        );
        expect(payloads.filter((p) => p?.__typename.endsWith('Success'))).toHaveLength(1);
        // The loser is refused: as a typed error when its request got past the session lookup, or
        // as signed out when the winner's change had already ended its sessions.
        const loser = results.find((_r, i) => !payloads[i]?.__typename.endsWith('Success'));
        const refusal = loser?.errors?.[0]?.extensions?.code ?? Object.values(loser?.data ?? {})[0]?.message;
        expect(refusal).toMatch(
          /^UNAUTHENTICATED$|no longer an administrator|at least one active administrator/,
        );
        expect(await activeAdmins()).toBe(1);
      }
    });
  }
});
