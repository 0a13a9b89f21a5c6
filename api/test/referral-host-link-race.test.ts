import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, RECORD, referralWorld, TRANSITION } from './referral-support.ts';
import { gid } from './resource-support.ts';
import { startTestApi } from './support.ts';

const CONNECT = /* GraphQL */ `
  mutation ($input: ConnectReferralInput!) { connectReferral(input: $input) { __typename } }
`;
const ISSUE = /* GraphQL */ `
  mutation ($input: IssueHostLinkInput!) {
    issueHostLink(input: $input) { __typename ... on IssueHostLinkSuccess { link { url } } }
  }
`;

describe('referrals: host links issued at once', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof referralWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await referralWorld(app);
  });
  afterAll(() => app.close());

  it('leaves exactly one usable link: each new link replaces those issued before it', async () => {
    const recorded = await w.as.ali.gql(RECORD, { input: citizen(w.p.id) });
    const referralId = recorded.data?.recordReferral.referral.id as string;
    for (const [from, to] of [
      ['REQUESTED', 'ACCEPTED'],
      ['ACCEPTED', 'IN_PROGRESS'],
    ]) {
      await w.as.ali.gql(TRANSITION, { input: { referralId, from, to } });
    }
    const connected = await w.as.ali.gql(CONNECT, {
      input: {
        referralId,
        activityId: gid('Activity', w.activity.id),
        hostName: 'Karen Vært',
        hostEmail: 'karen@forening.example',
      },
    });
    expect(connected.data?.connectReferral.__typename).toBe('ConnectReferralSuccess');

    for (let round = 0; round < 3; round++) {
      const issued = await Promise.all(
        [1, 2, 3, 4].map(() => w.as.ali.gql(ISSUE, { input: { referralId } })),
      );
      expect(issued.map((r) => r.data?.issueHostLink.__typename)).toEqual(
        Array(4).fill('IssueHostLinkSuccess'),
      );
      const usable = await app.prisma.hostLink.count({ where: { usedAt: null, revokedAt: null } });
      expect(usable).toBe(1);
    }
  });
});
