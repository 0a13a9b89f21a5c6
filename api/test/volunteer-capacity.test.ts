// Capacity, the waiting list and races between volunteers and coordinators, through the API.
import { createOpportunity, createSignUp, createUser } from '@naboskab/seed/factories';
import { describe, expect, it } from 'vitest';
import type { TestClient } from './support.ts';
import {
  DECIDE_SIGN_UPS,
  gid,
  outcome,
  volunteerWorldPerFile,
  WITHDRAW_SIGN_UP,
} from './volunteer-support.ts';

const file = volunteerWorldPerFile();

const SIGN_UP = /* GraphQL */ `
  mutation ($input: SignUpForOpportunityInput!) {
    signUpForOpportunity(input: $input) {
      __typename
      ... on SignUpForOpportunitySuccess { signUp { id status waitlistPosition } }
      ... on Error { message }
    }
  }
`;
const MY_SIGN_UPS = '{ mySignUps(first: 10) { edges { node { status waitlistPosition } } } }';
const PARTNERSHIP_SIGN_UPS = /* GraphQL */ `
  query ($id: ID!, $status: SignUpStatus) {
    node(id: $id) { ... on Partnership { volunteerSignUps(first: 100, status: $status) { edges { node { id waitlistPosition } } } } }
  }
`;

type Volunteer = { client: TestClient; personId: string };

// Each from a device of their own: many sign-ins at once from one address are throttled, as
// they should be (the address's counter counts an attempt before its password is checked).
let devices = 0;

async function volunteers(n: number): Promise<Volunteer[]> {
  return Promise.all(
    Array.from({ length: n }, async () => {
      const account = await createUser(file.app.prisma, { role: 'VOLUNTEER' });
      devices += 1;
      const client = file.app.client({
        'x-forwarded-for': `10.${Math.floor(devices / 250)}.${devices % 250}.1`,
      });
      await client.signIn(account.user.email, account.password);
      return { client, personId: account.person.id };
    }),
  );
}

async function opportunityWith(capacity: number) {
  return createOpportunity(file.app.prisma, {
    activityId: file.w.activity.id,
    contactOrganisationId: file.w.association.id,
    volunteersNeeded: capacity,
  });
}

/** Sign-ups in the given order (one second apart), with the given statuses. */
async function signUps(
  opportunityId: string,
  people: Volunteer[],
  status: 'APPLIED' | 'APPROVED' | 'WAITLISTED',
) {
  const start = Date.now() - 3_600_000;
  const rows = [];
  for (const [i, person] of people.entries()) {
    rows.push(
      await createSignUp(file.app.prisma, {
        opportunityId,
        personId: person.personId,
        status,
        createdAt: new Date(start + i * 1000),
      }),
    );
  }
  return rows;
}

const decide = (ids: string[], decision: 'APPROVED' | 'DECLINED') =>
  file.w.as.coordinator.gql(DECIDE_SIGN_UPS, {
    input: { signUpIds: ids.map((id) => gid('VolunteerSignUp', id)), decision },
  });
const withdraw = (person: Volunteer, id: string) =>
  person.client.gql(WITHDRAW_SIGN_UP, { input: { signUpId: gid('VolunteerSignUp', id) } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const statusOf = async (id: string) =>
  (await file.app.prisma.volunteerSignUp.findUniqueOrThrow({ where: { id } })).status;

describe('withdrawing while a coordinator approves', () => {
  it('never leaves an acknowledged withdrawal approved (30 pairs at once)', async () => {
    const people = await volunteers(30);
    const opportunity = await opportunityWith(100);
    const rows = await signUps(opportunity.id, people, 'APPLIED');
    // Withdrawals start 0-14 ms after their approval, so some land inside the approval's transaction.
    const results = await Promise.all(
      rows.map((row, i) =>
        Promise.all([
          decide([row.id], 'APPROVED'),
          sleep(i % 15).then(() => withdraw(people[i] as Volunteer, row.id)),
        ]),
      ),
    );
    for (const [i, [approved, withdrawn]] of results.entries()) {
      const id = (rows[i] as { id: string }).id;
      const status = await statusOf(id);
      if (outcome(withdrawn, 'withdrawSignUp') === 'WithdrawSignUpSuccess') expect(status).toBe('WITHDRAWN');
      else expect(withdrawn.data?.withdrawSignUp.__typename).toBe('ConflictError');
      if (outcome(approved, 'decideVolunteerSignUps') !== 'DecideVolunteerSignUpsSuccess') {
        expect(approved.data?.decideVolunteerSignUps).toMatchObject({ __typename: 'ConflictError' });
        expect(approved.data?.decideVolunteerSignUps.message).toMatch(/trukket tilbage|afgjort/);
      }
    }
  });
});

describe('capacity', () => {
  it('approves exactly as many as the opportunity has places, with 12 approvals at once', async () => {
    const people = await volunteers(12);
    const opportunity = await opportunityWith(3);
    const rows = await signUps(opportunity.id, people, 'APPLIED');
    const results = await Promise.all(rows.map((row) => decide([row.id], 'APPROVED')));
    const outcomes = results.map((r) => outcome(r, 'decideVolunteerSignUps'));
    expect(outcomes.filter((o) => o === 'DecideVolunteerSignUpsSuccess')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'ConflictError')).toHaveLength(9);
    const refused = results.find((r) => outcome(r, 'decideVolunteerSignUps') === 'ConflictError');
    expect(refused?.data?.decideVolunteerSignUps.message).toBe(
      'Der er ikke plads til 1 mere: frivilligopgaven har 3 pladser, og 3 er allerede godkendt.',
    );
    expect(
      await file.app.prisma.volunteerSignUp.count({
        where: { opportunityId: opportunity.id, status: 'APPROVED' },
      }),
    ).toBe(3);
  });

  it('refuses a bulk approval beyond the places as a whole (nothing changes)', async () => {
    const people = await volunteers(3);
    const opportunity = await opportunityWith(2);
    const rows = await signUps(opportunity.id, people, 'APPLIED');
    const result = await decide(
      rows.map((r) => r.id),
      'APPROVED',
    );
    expect(outcome(result, 'decideVolunteerSignUps')).toBe('ConflictError');
    expect(
      await file.app.prisma.volunteerSignUp.count({
        where: { opportunityId: opportunity.id, status: 'APPROVED' },
      }),
    ).toBe(0);
  });
});

describe('the waiting list', () => {
  it('puts sign-ups for a full opportunity on the waiting list, numbered for the volunteer and the coordinator', async () => {
    const people = await volunteers(4);
    const opportunity = await opportunityWith(2);
    await signUps(opportunity.id, people.slice(0, 2), 'APPROVED');
    for (const [i, person] of people.slice(2).entries()) {
      const result = await person.client.gql(SIGN_UP, {
        input: { opportunityId: gid('VolunteerOpportunity', opportunity.id) },
      });
      expect(result.data?.signUpForOpportunity.signUp).toMatchObject({
        status: 'WAITLISTED',
        waitlistPosition: i + 1,
      });
    }
    const mine = await (people[3] as Volunteer).client.gql(MY_SIGN_UPS);
    expect(mine.data?.mySignUps.edges).toEqual([{ node: { status: 'WAITLISTED', waitlistPosition: 2 } }]);
    const listed = await file.w.as.coordinator.gql(PARTNERSHIP_SIGN_UPS, {
      id: gid('Partnership', file.w.partnership.id),
      status: 'WAITLISTED',
    });
    expect(
      listed.data?.node.volunteerSignUps.edges.map(
        (e: { node: { waitlistPosition: number } }) => e.node.waitlistPosition,
      ),
    ).toEqual([1, 2]);
  });

  it('promotes each waiting volunteer exactly once, in order, when approved ones withdraw at once', async () => {
    const approvedPeople = await volunteers(4);
    const waiting = await volunteers(6);
    const opportunity = await opportunityWith(4);
    const approved = await signUps(opportunity.id, approvedPeople, 'APPROVED');
    const queued = await signUps(opportunity.id, waiting, 'WAITLISTED');
    const results = await Promise.all(
      approved.map((row, i) => withdraw(approvedPeople[i] as Volunteer, row.id)),
    );
    expect(results.map((r) => outcome(r, 'withdrawSignUp'))).toEqual(Array(4).fill('WithdrawSignUpSuccess'));
    const statuses = await Promise.all(queued.map((row) => statusOf(row.id)));
    expect(statuses).toEqual(['APPROVED', 'APPROVED', 'APPROVED', 'APPROVED', 'WAITLISTED', 'WAITLISTED']);
    const promotions = await file.app.prisma.auditEntry.groupBy({
      by: ['entityId'],
      where: { action: 'signUp.promote', entityId: { in: queued.map((q) => q.id) } },
      _count: true,
    });
    expect(promotions.map((p) => p._count).sort()).toEqual([1, 1, 1, 1]);
    // Each promoted volunteer is told once; those still waiting are not.
    const told = await file.app.prisma.notification.groupBy({
      by: ['objectId'],
      where: { kind: 'signUp.promoted', objectId: { in: queued.map((q) => q.id) } },
      _count: true,
    });
    expect(told.map((t) => [t.objectId, t._count]).sort()).toEqual(
      queued
        .slice(0, 4)
        .map((q) => [q.id, 1])
        .sort(),
    );
    const last = await (waiting[5] as Volunteer).client.gql(MY_SIGN_UPS);
    expect(last.data?.mySignUps.edges[0].node).toEqual({ status: 'WAITLISTED', waitlistPosition: 2 });
  });

  it('promotes the first in line when the coordinator declines an approved volunteer', async () => {
    const people = await volunteers(3);
    const opportunity = await opportunityWith(1);
    const [approved] = await signUps(opportunity.id, people.slice(0, 1), 'APPROVED');
    const queued = await signUps(opportunity.id, people.slice(1), 'WAITLISTED');
    expect(outcome(await decide([approved?.id as string], 'DECLINED'), 'decideVolunteerSignUps')).toBe(
      'DecideVolunteerSignUpsSuccess',
    );
    expect(await statusOf(queued[0]?.id as string)).toBe('APPROVED');
    expect(await statusOf(queued[1]?.id as string)).toBe('WAITLISTED');
    // The promoted volunteer hears of it in the app and by e-mail, with the opportunity's name.
    const notification = await file.app.prisma.notification.findFirstOrThrow({
      where: { kind: 'signUp.promoted', objectId: queued[0]?.id },
      include: { user: { select: { email: true, personId: true } } },
    });
    expect(notification.user.personId).toBe(people[1]?.personId);
    const mail = await file.app.prisma.outboxMessage.findFirstOrThrow({
      where: { kind: 'notification.event', recipient: notification.user.email },
    });
    expect(mail.subject).toBe(`Du har fået en plads fra ventelisten: ${opportunity.title}`);
  });

  it('gives a freed place to the next real volunteer, not to the waiting sign-up of one who deleted their account', async () => {
    const people = await volunteers(2);
    const leaving = await createUser(file.app.prisma, { role: 'VOLUNTEER' });
    const leavingClient = file.app.client();
    await leavingClient.signIn(leaving.user.email, leaving.password);
    const opportunity = await opportunityWith(1);
    const [approved] = await signUps(opportunity.id, people.slice(0, 1), 'APPROVED');
    const [ghost, next] = await signUps(
      opportunity.id,
      [{ client: leavingClient, personId: leaving.person.id }, people[1] as Volunteer],
      'WAITLISTED',
    );
    const deleted = await leavingClient.gql(
      'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { __typename } }',
      { input: { confirmEmail: leaving.user.email } },
    );
    expect(outcome(deleted, 'deleteMyAccount')).toBe('DeleteMyAccountSuccess');
    // Nobody is left to give the place to: the erased person's sign-up leaves the line.
    expect(await statusOf(ghost?.id as string)).toBe('WITHDRAWN');
    expect(outcome(await withdraw(people[0] as Volunteer, approved?.id as string), 'withdrawSignUp')).toBe(
      'WithdrawSignUpSuccess',
    );
    expect(await statusOf(next?.id as string)).toBe('APPROVED');
    expect(await statusOf(ghost?.id as string)).toBe('WITHDRAWN');
  });
});
