import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, READ, RECORD, referralWorld, TRANSITION } from './referral-support.ts';
import { gid } from './resource-support.ts';
import { startTestApi } from './support.ts';

const CONNECT = /* GraphQL */ `
  mutation Connect($input: ConnectReferralInput!) {
    connectReferral(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on ConnectReferralSuccess { referral { state host { name } activityTitle } }
    }
  }
`;
const MEASURE = /* GraphQL */ `
  mutation Measure($input: RecordReferralMeasureInput!) {
    recordReferralMeasure(input: $input) {
      __typename
      ... on Error { message }
      ... on ValidationError { issues { path message } }
      ... on RecordReferralMeasureSuccess { referral { measures { phase tilsScore who5Percent severeLoneliness } } }
    }
  }
`;
const ISSUE = /* GraphQL */ `
  mutation Issue($input: IssueHostLinkInput!) {
    issueHostLink(input: $input) {
      __typename
      ... on Error { message }
      ... on IssueHostLinkSuccess { link { url purpose } }
    }
  }
`;
const HOST_VIEW = /* GraphQL */ `query Host($token: String!) { hostLink(token: $token) { purpose firstName placeName } }`;
const CONFIRM = /* GraphQL */ `
  mutation Confirm($input: ConfirmHostLinkInput!) {
    confirmHostLink(input: $input) {
      __typename
      ... on Error { message }
      ... on ConfirmHostLinkSuccess { confirmation { purpose takingPart } }
    }
  }
`;

describe('referrals: recording, states, host link, measures', () => {
  let app: Awaited<ReturnType<typeof startTestApi>>;
  let w: Awaited<ReturnType<typeof referralWorld>>;
  beforeAll(async () => {
    app = await startTestApi({ PUBLIC_URL: 'https://naboskab.test' });
    w = await referralWorld(app);
  });
  afterAll(() => app.close());

  const record = (client = w.as.ali, extra = {}) => client.gql(RECORD, { input: citizen(w.p.id, extra) });
  /** Moves from the state the referral is in now (read through the API), or from `extra.from`. */
  const move = async (
    client: typeof w.as.ali,
    id: string,
    to: string,
    extra: Record<string, unknown> = {},
  ) => {
    const from = extra.from ?? (await client.gql(READ, { id })).data?.node?.state;
    return client.gql(TRANSITION, { input: { referralId: id, from, to, ...extra } });
  };

  it('records a referral with consent and its first history row; the guide sees it on the caseload', async () => {
    const result = await record();
    expect(result.data?.recordReferral).toMatchObject({
      __typename: 'RecordReferralSuccess',
      referral: {
        state: 'REQUESTED',
        fhirTaskStatus: 'requested',
        nextStep: 'CONTACT',
        overdue: false,
        citizen: { firstName: 'Inger', phone: '+45 20 30 40 50' },
        history: [{ fromState: null, toState: 'REQUESTED', byHost: false }],
      },
    });
    const row = await app.prisma.referral.findFirstOrThrow({ where: { firstName: 'Inger' } });
    expect(row.consentRecordedById).toBe(w.people.ali.user.id);
    const caseload = await w.as.ali.gql(
      `{ myReferralCaseload { isGuide open byState { state count } } myReferrals(first: 10) { totalCount } }`,
    );
    expect(caseload.data?.myReferralCaseload).toMatchObject({ isGuide: true, open: 1 });
    expect(caseload.data?.myReferrals.totalCount).toBe(1);
  });

  it('refuses a CPR number in any free text, a missing contact and missing consent, in Danish and English; writes nothing', async () => {
    const before = await app.prisma.referral.count();
    const cpr = await record(w.as.ali, { whatMatters: 'cpr 010190-1234 skal bruges' });
    expect(cpr.data?.recordReferral.__typename).toBe('ValidationError');
    expect(cpr.data?.recordReferral.issues).toContainEqual({
      path: ['input', 'whatMatters'],
      message: 'Skriv aldrig et CPR-nummer i Naboskab. Fjern tallet, og prøv igen.',
    });
    const cprName = await record(w.as.aliEn, { firstName: '0101901234' });
    expect(cprName.data?.recordReferral.issues[0].message).toBe(
      'Never enter a CPR number in Naboskab. Remove the number and try again.',
    );
    const noContact = await record(w.as.ali, { phone: null, preferredChannel: null, consentScopes: [] });
    const paths = noContact.data?.recordReferral.issues.map((i: { path: string[] }) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['input.phone', 'input.consentScopes']));
    expect(await app.prisma.referral.count()).toBe(before);
  });

  it('only guides of the partnership record referrals; only coordinators hand one to another guide', async () => {
    for (const client of [
      w.as.sara,
      w.as.jonas,
      w.as.other,
      w.as.volunteer,
      w.as.ministry,
      w.as.admin,
      w.as.anonymous,
    ]) {
      const result = await record(client);
      expect(result.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    const handOver = await record(w.as.ali, { guideId: gid('User', w.people.mette.user.id) });
    expect(handOver.data?.recordReferral.__typename).toBe('ValidationError');
    const byCoordinator = await record(w.as.mette, {
      guideId: gid('User', w.people.ali.user.id),
      firstName: 'Hans',
    });
    expect(byCoordinator.data?.recordReferral.__typename).toBe('RecordReferralSuccess');
  });

  it('walks every state: contact, first conversation, baseline, connected with a host, host confirms once, follow-up, closed', async () => {
    const id = (await record(w.as.ali, { firstName: 'Birthe' })).data?.recordReferral.referral.id as string;
    expect((await move(w.as.ali, id, 'CONNECTED')).data?.transitionReferral.__typename).toBe('ConflictError');
    expect((await move(w.as.ali, id, 'ACCEPTED')).data?.transitionReferral.referral.state).toBe('ACCEPTED');
    expect((await move(w.as.ali, id, 'IN_PROGRESS')).data?.transitionReferral.referral.fhirTaskStatus).toBe(
      'in-progress',
    );
    const baseline = await w.as.ali.gql(MEASURE, {
      input: { referralId: id, phase: 'BASELINE', tils: [3, 3, 2], ons: 4, who5: [1, 2, 1, 2, 1] },
    });
    expect(baseline.data?.recordReferralMeasure.referral.measures).toEqual([
      { phase: 'BASELINE', tilsScore: 8, who5Percent: 28, severeLoneliness: true },
    ]);
    const badMeasure = await w.as.ali.gql(MEASURE, {
      input: { referralId: id, phase: 'BASELINE', tils: [4, 3], ons: 6, who5: [1, 2, 1, 2, 9] },
    });
    expect(badMeasure.data?.recordReferralMeasure.__typename).toBe('ValidationError');
    const connected = await w.as.ali.gql(CONNECT, {
      input: {
        referralId: id,
        activityId: gid('Activity', w.activity.id),
        hostName: 'Karen Vært',
        hostPhone: '+45 30 40 50 60',
        hostEmail: 'karen@forening.example',
      },
    });
    expect(connected.data?.connectReferral.referral).toEqual({
      state: 'CONNECTED',
      host: { name: 'Karen Vært' },
      activityTitle: 'Fællessang i beboerhuset',
    });

    const issued = await w.as.ali.gql(ISSUE, { input: { referralId: id } });
    const url = issued.data?.issueHostLink.link.url as string;
    expect(url).toMatch(/^https:\/\/naboskab\.test\/vaert\/[\w-]{40,}$/);
    const token = url.split('/').pop() as string;
    const hostMail = await app.prisma.outboxMessage.findFirstOrThrow({
      where: { kind: 'referral.host-link' },
    });
    expect(hostMail).toMatchObject({
      recipient: 'karen@forening.example',
      subject: 'Bekræft en ny deltager',
    });
    expect(hostMail.data).toEqual({ path: `/vaert/${token}`, purpose: 'FIRST_ATTENDANCE' });
    const view = await w.as.anonymous.gql(HOST_VIEW, { token });
    expect(view.data?.hostLink).toEqual({
      purpose: 'FIRST_ATTENDANCE',
      firstName: 'Birthe',
      placeName: 'Fællessang i beboerhuset',
    });
    // "Not yet" keeps the link; two confirmations at once count once.
    const notYet = await w.as.anonymous.gql(CONFIRM, { input: { token, takingPart: false } });
    expect(notYet.data?.confirmHostLink.__typename).toBe('ConfirmHostLinkSuccess');
    const both = await Promise.all(
      [1, 2].map(() => app.client().gql(CONFIRM, { input: { token, takingPart: true } })),
    );
    expect(both.map((r) => r.data?.confirmHostLink.__typename).sort()).toEqual([
      'ConfirmHostLinkSuccess',
      'ConflictError',
    ]);
    expect((await w.as.anonymous.gql(HOST_VIEW, { token })).data?.hostLink).toBeNull();
    const again = await w.as.anonymous.gql(CONFIRM, { input: { token, takingPart: true } });
    expect(again.data?.confirmHostLink.message).toMatch(/allerede brugt/);

    expect((await move(w.as.ali, id, 'FOLLOW_UP')).data?.transitionReferral.referral.state).toBe('FOLLOW_UP');
    // A host reached by phone only gets the link by SMS (normalised +45), not by e-mail.
    await app.prisma.referral.updateMany({
      where: { hostEmail: 'karen@forening.example' },
      data: { hostEmail: null },
    });
    const followLink = (await w.as.ali.gql(ISSUE, { input: { referralId: id } })).data?.issueHostLink.link;
    expect(followLink.purpose).toBe('FOLLOW_UP');
    const followToken = (followLink.url as string).split('/').pop();
    const hostSms = await app.prisma.outboxMessage.findMany({
      where: { kind: 'referral.host-link', channel: 'SMS' },
    });
    expect(hostSms).toEqual([
      expect.objectContaining({
        recipient: '+4530405060',
        data: { path: `/vaert/${followToken}`, purpose: 'FOLLOW_UP' },
      }),
    ]);
    expect(
      await app.prisma.outboxMessage.count({ where: { kind: 'referral.host-link', channel: 'EMAIL' } }),
    ).toBe(1);
    await w.as.anonymous.gql(CONFIRM, { input: { token: followToken, takingPart: true } });
    await w.as.ali.gql(MEASURE, {
      input: { referralId: id, phase: 'FOLLOW_UP', tils: [2, 1, 2], ons: 2, who5: [3, 3, 3, 2, 3] },
    });
    expect((await move(w.as.ali, id, 'CLOSED')).data?.transitionReferral.__typename).toBe('ValidationError');
    const closed = await move(w.as.ali, id, 'CLOSED', { closeReason: 'TAKING_PART' });
    expect(closed.data?.transitionReferral.referral).toMatchObject({
      state: 'CLOSED',
      fhirTaskStatus: 'completed',
      stillTakingPart: true,
      measures: [],
    });
    const history = closed.data?.transitionReferral.referral.history.map(
      (h: { toState: string; byHost: boolean }) => (h.byHost ? `${h.toState}(host)` : h.toState),
    );
    expect(history).toEqual([
      'REQUESTED',
      'ACCEPTED',
      'IN_PROGRESS',
      'CONNECTED',
      'ATTENDING(host)',
      'FOLLOW_UP',
      'CLOSED',
    ]);
    // Measures are folded into totals on closing: the answers are gone, the sums stay.
    expect(await app.prisma.referralMeasure.count({ where: { referralId: row(id) } })).toBe(0);
    const total = await app.prisma.referralMeasureTotal.findFirstOrThrow({
      where: { partnershipId: w.p.id },
    });
    expect(total).toMatchObject({
      pairs: 1,
      tilsBaseline: 8,
      tilsLater: 5,
      who5Baseline: 7,
      who5Later: 14,
      severeBaseline: 1,
      severeLater: 0,
    });
  });

  it('pauses and resumes only to where it was; declined, no contact and closed are final', async () => {
    const id = (await record()).data?.recordReferral.referral.id as string;
    await move(w.as.ali, id, 'ACCEPTED');
    expect((await move(w.as.ali, id, 'ON_HOLD')).data?.transitionReferral.referral.fhirTaskStatus).toBe(
      'on-hold',
    );
    expect((await move(w.as.ali, id, 'IN_PROGRESS')).data?.transitionReferral.__typename).toBe(
      'ConflictError',
    );
    expect((await move(w.as.ali, id, 'ACCEPTED')).data?.transitionReferral.referral.state).toBe('ACCEPTED');
    expect((await move(w.as.ali, id, 'DECLINED')).data?.transitionReferral.referral.fhirTaskStatus).toBe(
      'rejected',
    );
    expect((await move(w.as.ali, id, 'ACCEPTED')).data?.transitionReferral.__typename).toBe('ConflictError');
    const other = (await record()).data?.recordReferral.referral.id as string;
    expect((await move(w.as.ali, other, 'NO_CONTACT')).data?.transitionReferral.referral.fhirTaskStatus).toBe(
      'failed',
    );
  });

  it('of concurrent moves from one state exactly one wins, and one history row is written', async () => {
    const id = (await record()).data?.recordReferral.referral.id as string;
    const from = { from: 'REQUESTED' };
    const results = await Promise.all([
      move(w.as.ali, id, 'ACCEPTED', from),
      move(w.as.mette, id, 'DECLINED', from),
      move(w.as.ali, id, 'NO_CONTACT', from),
      move(w.as.ali, id, 'ON_HOLD', from),
    ]);
    const kinds = results.map((r) => r.data?.transitionReferral.__typename).sort();
    expect(kinds).toEqual(['ConflictError', 'ConflictError', 'ConflictError', 'TransitionReferralSuccess']);
    expect(await app.prisma.referralStateChange.count({ where: { referralId: row(id) } })).toBe(2);
  });
});

/** The database id inside a Referral global id. */
function row(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString().split(':')[1] as string;
}
