import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashFeedToken } from '../src/calendar/feed.ts';
import { HOST_LINKS_PER_HOUR } from '../src/domain/referral/host-link.ts';
import { connectedReferral, referralWorld } from './referral-support.ts';
import { type GraphQLResponse, startTestApi, waitForLockWaits } from './support.ts';

const ISSUE = /* GraphQL */ `
  mutation ($input: IssueHostLinkInput!) {
    issueHostLink(input: $input) { __typename ... on IssueHostLinkSuccess { link { url } } }
  }
`;
const CONFIRM = /* GraphQL */ `
  mutation ($input: ConfirmHostLinkInput!) { confirmHostLink(input: $input) { __typename ... on Error { message } } }
`;

const uuidOf = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1];

describe('referrals: host links at once', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof referralWorld>>;
  beforeAll(async () => {
    app = await startTestApi();
    w = await referralWorld(app);
  });
  afterAll(() => app.close());

  it('leaves exactly one usable link: each new link replaces those issued before it', async () => {
    for (let round = 0; round < 3; round++) {
      const referralId = await connectedReferral(w);
      const issued = await Promise.all(
        [1, 2, 3, 4].map(() => w.as.ali.gql(ISSUE, { input: { referralId } })),
      );
      expect(issued.map((r) => r.data?.issueHostLink.__typename)).toEqual(
        Array(4).fill('IssueHostLinkSuccess'),
      );
      const usable = await app.prisma.hostLink.count({
        where: { referralId: uuidOf(referralId), usedAt: null, revokedAt: null },
      });
      expect(usable).toBe(1);
    }
  });

  it('sends a referral’s host at most five links an hour, also when asked for at once', async () => {
    const referralId = await connectedReferral(w);
    const issued = await Promise.all(
      Array.from({ length: HOST_LINKS_PER_HOUR + 3 }, () => w.as.ali.gql(ISSUE, { input: { referralId } })),
    );
    const answers = issued.map((r) => r.data?.issueHostLink.__typename);
    expect(answers.filter((a) => a === 'IssueHostLinkSuccess')).toHaveLength(HOST_LINKS_PER_HOUR);
    expect(answers.filter((a) => a === 'NotAllowedError')).toHaveLength(3);
    // One link, and one e-mail to the host, per success.
    expect(await app.prisma.hostLink.count({ where: { referralId: uuidOf(referralId) } })).toBe(
      HOST_LINKS_PER_HOUR,
    );
  });

  // PostgreSQL only: the embedded PGlite has one connection, so the claim can never wait.
  it.skipIf(!process.env.DATABASE_URL)(
    'refuses a link that expires while the host’s answer waits to claim it',
    async () => {
      const referralId = await connectedReferral(w);
      const issued = await w.as.ali.gql(ISSUE, { input: { referralId } });
      const url: string = issued.data?.issueHostLink.link.url;
      const token = url.split('/').pop() as string;
      const tokenHash = hashFeedToken(token);
      let confirming: Promise<GraphQLResponse> | undefined;
      // Hold the link's row so the answer reads it as valid, then waits at its claim; the link
      // expires meanwhile. The claim must see the expiry, not only the read before it.
      await app.prisma.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1 FROM "HostLink" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
          confirming = w.as.anonymous.gql(CONFIRM, { input: { token, takingPart: true } });
          await waitForLockWaits(app.prisma, 1);
          await tx.$executeRaw`
            UPDATE "HostLink" SET "expiresAt" = now() - interval '1 second'
            WHERE "tokenHash" = ${tokenHash}`;
        },
        { timeout: 20_000 },
      );
      const answer = await confirming;
      expect(answer?.data?.confirmHostLink.message).toBe(
        'Linket er allerede brugt, er udløbet eller er erstattet af et nyt.',
      );
      const link = await app.prisma.hostLink.findUniqueOrThrow({
        where: { tokenHash },
        include: { referral: true },
      });
      expect(link.usedAt).toBeNull();
      expect(link.referral.state).toBe('CONNECTED');
    },
  );
});
