import { createUser } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EN, gid, partnershipWorld, rowCounts } from './partnership-support.ts';
import { startTestApi } from './support.ts';

const ADD = /* GraphQL */ `
  mutation Add($input: PartnershipCoordinatorInput!) {
    addPartnershipCoordinator(input: $input) {
      __typename
      ... on AddPartnershipCoordinatorSuccess { partnership { coordinators { email } } }
      ... on Error { message }
      ... on ValidationError { issues { path message } }
    }
  }
`;
const REMOVE = /* GraphQL */ `
  mutation Remove($input: PartnershipCoordinatorInput!) {
    removePartnershipCoordinator(input: $input) {
      __typename
      ... on RemovePartnershipCoordinatorSuccess { partnership { coordinators { email } } }
      ... on Error { message }
    }
  }
`;
const COORDINATORS = /* GraphQL */ `
  query Coordinators($slug: String!) { partnership(slug: $slug) { coordinators { email } } }
`;

describe('assigning coordinators', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof partnershipWorld>>;
  let newcomer: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await partnershipWorld(app);
    newcomer = await createUser(app.prisma, { role: 'COORDINATOR' });
  });
  afterAll(() => app.close());

  const input = (userId: string, partnershipId = w.partnership.id) => ({
    partnershipId: gid('Partnership', partnershipId),
    userId: gid('User', userId),
  });

  it('lets an admin add a coordinator, who may then edit the partnership; audited', async () => {
    const result = await (await w.as('admin')).gql(ADD, { input: input(newcomer.user.id) });
    expect(
      result.data?.addPartnershipCoordinator.partnership.coordinators.map((c: { email: string }) => c.email),
    ).toEqual([w.users.coordinator.user.email, newcomer.user.email]);
    expect(
      await app.prisma.auditEntry.count({
        where: { entityType: 'PartnershipCoordinator', action: 'create', partnershipId: w.partnership.id },
      }),
    ).toBe(1);
    const client = app.client();
    await client.signIn(newcomer.user.email, newcomer.password);
    const edit = await client.gql(
      `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename ... on UpdatePartnershipSuccess { partnership { name } } } }`,
      { input: { id: gid('Partnership', w.partnership.id), name: 'Fællesskab i Gellerup' } },
    );
    expect(edit.errors).toBeUndefined();
    expect(edit.data?.updatePartnership.__typename).toBe('UpdatePartnershipSuccess');
  });

  it('refuses a volunteer as coordinator and a twice-added one, in Danish and English; writes nothing', async () => {
    const before = await rowCounts(app);
    const da = await (await w.as('admin')).gql(ADD, { input: input(w.users.volunteer.user.id) });
    expect(da.data?.addPartnershipCoordinator.issues).toEqual([
      { path: ['input', 'userId'], message: 'Brugeren skal have rollen koordinator (eller administrator).' },
    ]);
    const en = await (await w.as('admin', EN)).gql(ADD, { input: input(w.users.ministry.user.id) });
    expect(en.data?.addPartnershipCoordinator.issues).toEqual([
      { path: ['input', 'userId'], message: 'The user must have the role coordinator (or administrator).' },
    ]);
    const twice = await (await w.as('admin', EN)).gql(ADD, { input: input(newcomer.user.id) });
    expect(twice.data?.addPartnershipCoordinator).toEqual({
      __typename: 'ConflictError',
      message: 'The user already coordinates the partnership.',
    });
    const malformed = await (await w.as('admin', EN)).gql(ADD, {
      input: { ...input(newcomer.user.id), userId: gid('Organisation', newcomer.user.id) },
    });
    expect(malformed.data?.addPartnershipCoordinator.issues[0].path).toEqual(['input', 'userId']);
    expect(await rowCounts(app)).toEqual(before);
  });

  it('answers NotFound for an unknown partnership, and for removing a non-coordinator', async () => {
    const admin = await w.as('admin');
    const unknown = '0190a0a0-0000-7000-8000-000000000000';
    const add = await admin.gql(ADD, { input: input(newcomer.user.id, unknown) });
    expect(add.data?.addPartnershipCoordinator.__typename).toBe('NotFoundError');
    const remove = await admin.gql(REMOVE, { input: input(newcomer.user.id, w.otherPartnership.id) });
    expect(remove.data?.removePartnershipCoordinator.__typename).toBe('NotFoundError');
  });

  it('refuses coordinators (own and other partnership), volunteers and the ministry; writes nothing', async () => {
    const before = await rowCounts(app);
    for (const role of ['coordinator', 'otherCoordinator', 'volunteer', 'ministry'] as const) {
      const client = await w.as(role);
      expect(
        (await client.gql(ADD, { input: input(w.users.otherCoordinator.user.id) })).errors?.[0]?.extensions
          ?.code,
        role,
      ).toBe('FORBIDDEN');
      expect(
        (await client.gql(REMOVE, { input: input(newcomer.user.id) })).errors?.[0]?.extensions?.code,
        role,
      ).toBe('FORBIDDEN');
      const view = await client.gql(COORDINATORS, { slug: w.partnership.slug });
      expect(view.errors?.[0]?.extensions?.code, role).toBe('FORBIDDEN');
    }
    expect(await rowCounts(app)).toEqual(before);
  });

  it('lets an admin remove a coordinator, who then may no longer edit; audited', async () => {
    const result = await (await w.as('admin')).gql(REMOVE, { input: input(newcomer.user.id) });
    expect(result.data?.removePartnershipCoordinator.partnership.coordinators).toEqual([
      { email: w.users.coordinator.user.email },
    ]);
    expect(
      await app.prisma.auditEntry.count({
        where: { entityType: 'PartnershipCoordinator', action: 'delete' },
      }),
    ).toBe(1);
    const client = app.client();
    await client.signIn(newcomer.user.email, newcomer.password);
    const edit = await client.gql(
      `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { __typename ... on UpdatePartnershipSuccess { partnership { name } } } }`,
      { input: { id: gid('Partnership', w.partnership.id), name: 'X' } },
    );
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
