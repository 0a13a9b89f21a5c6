import { addPartnershipMember, createOrganisation } from '@naboskab/seed/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProgressReferral, referralWorld } from './referral-support.ts';
import { gid } from './resource-support.ts';
import { startTestApi } from './support.ts';

// A referral goes to what the guide is offered: the partnership's activities and its voluntary
// associations. A member of another role (a municipality, a housing organisation) is no place.

const PLACES = /* GraphQL */ `
  query ($id: ID!) { node(id: $id) { ... on Referral { placeOptions { id name kind } } } }
`;
const CONNECT = /* GraphQL */ `
  mutation ($input: ConnectReferralInput!) {
    connectReferral(input: $input) {
      __typename
      ... on Error { message }
      ... on ConnectReferralSuccess { referral { state activityTitle associationName } }
    }
  }
`;
const host = { hostName: 'Karen Vært', hostEmail: 'karen@forening.example' };

describe('referrals: the places a citizen can be connected to', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof referralWorld>>;
  let referralId: string;
  let housingId: string;
  beforeAll(async () => {
    app = await startTestApi();
    w = await referralWorld(app);
    const housing = await createOrganisation(app.prisma, { name: 'Boligforeningen Test' });
    await addPartnershipMember(app.prisma, {
      partnershipId: w.p.id,
      organisationId: housing.id,
      role: 'HOUSING_ORGANISATION',
    });
    housingId = gid('Organisation', housing.id);
    referralId = await inProgressReferral(w);
  });
  afterAll(() => app.close());

  it('accepts every place it offers', async () => {
    const places = (await w.as.ali.gql(PLACES, { id: referralId })).data?.node.placeOptions;
    expect(places.map((p: { name: string; kind: string }) => [p.kind, p.name])).toEqual([
      ['ACTIVITY', 'Fællessang i beboerhuset'],
      ['ASSOCIATION', 'Syngeforeningen Test'],
    ]);
    for (const place of places) {
      const field = place.kind === 'ACTIVITY' ? 'activityId' : 'associationId';
      const connected = await w.as.ali.gql(CONNECT, { input: { referralId, [field]: place.id, ...host } });
      expect(connected.data?.connectReferral).toMatchObject({
        __typename: 'ConnectReferralSuccess',
        referral: { state: 'CONNECTED' },
      });
    }
  });

  it('refuses a member it does not offer (not a voluntary association), in Danish and English', async () => {
    const before = await app.prisma.referral.findFirstOrThrow({ where: { partnershipId: w.p.id } });
    const input = { referralId, associationId: housingId, ...host };
    const da = await w.as.ali.gql(CONNECT, { input });
    expect(da.data?.connectReferral).toEqual({
      __typename: 'ConflictError',
      message:
        'Borgeren kan kun kobles til en frivillig forening i partnerskabet, ikke til et medlem af en anden slags.',
    });
    const en = await w.as.aliEn.gql(CONNECT, { input });
    expect(en.data?.connectReferral.message).toBe(
      'The citizen can be connected only to a voluntary association of the partnership, not to a member of another kind.',
    );
    const after = await app.prisma.referral.findFirstOrThrow({ where: { partnershipId: w.p.id } });
    expect(after.organisationId).toBe(before.organisationId);
  });
});
