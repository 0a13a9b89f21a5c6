import type { FundingPool, FundingRound, Grant, Prisma, PrismaClient, SignOnFee } from '@naboskab/db';
import { uuidv7 } from '../ids.ts';
import { day } from '../time.ts';
import { createOrganisation } from './organisation.ts';
import { addPartnershipMember, partnershipIdOr } from './partnership.ts';
import { nextSeq } from './sequence.ts';

/** The largest sign-on fee per association: 30,000 kr. */
export const MAX_SIGN_ON_FEE_ORE = 3_000_000n;

export function buildFundingPool(
  input: Partial<Prisma.FundingPoolCreateManyInput> = {},
): Prisma.FundingPoolCreateManyInput & { id: string } {
  return {
    id: uuidv7(),
    stream: 'LOCAL_PARTNERSHIPS',
    funderName: 'Social- og Boligstyrelsen',
    ...input,
    name: input.name ?? `Testpulje ${nextSeq()}`,
  };
}

export function createFundingPool(
  prisma: PrismaClient,
  input: Partial<Prisma.FundingPoolCreateManyInput> = {},
): Promise<FundingPool> {
  return prisma.fundingPool.create({ data: buildFundingPool(input) });
}

export function buildFundingRound(
  input: Partial<Prisma.FundingRoundCreateManyInput> & { poolId: string },
): Prisma.FundingRoundCreateManyInput & { id: string } {
  const year = input.year ?? 2024;
  return {
    id: uuidv7(),
    budgetOre: 1_460_000_000n,
    ...input,
    year,
    name: input.name ?? `Ansøgningsrunde ${year} (${nextSeq()})`,
  };
}

export async function createFundingRound(
  prisma: PrismaClient,
  input: Partial<Prisma.FundingRoundCreateManyInput> = {},
): Promise<FundingRound> {
  const poolId = input.poolId ?? (await createFundingPool(prisma)).id;
  return prisma.fundingRound.create({ data: buildFundingRound({ ...input, poolId }) });
}

export function buildGrant(
  input: Partial<Prisma.GrantCreateManyInput> & {
    roundId: string;
    partnershipId: string;
    recipientOrganisationId: string;
  },
): Prisma.GrantCreateManyInput & { id: string } {
  return {
    id: uuidv7(),
    amountOre: 480_000_000n,
    status: 'GRANTED',
    startsOn: day('2024-09-01'),
    endsOn: day('2027-12-31'),
    awardedOn: day('2024-06-15'),
    ...input,
    caseNumber: input.caseNumber ?? `TEST-${nextSeq()}`,
  };
}

/** A grant; creates the round, the partnership and the recipient when not given. */
export async function createGrant(
  prisma: PrismaClient,
  input: Partial<Prisma.GrantCreateManyInput> = {},
): Promise<Grant> {
  const roundId = input.roundId ?? (await createFundingRound(prisma)).id;
  const partnershipId = await partnershipIdOr(prisma, input.partnershipId);
  const recipientOrganisationId =
    input.recipientOrganisationId ?? (await createOrganisation(prisma, { kind: 'VOLUNTEER_CENTRE' })).id;
  return prisma.grant.create({
    data: buildGrant({ ...input, roundId, partnershipId, recipientOrganisationId }),
  });
}

export function buildSignOnFee(
  input: Partial<Prisma.SignOnFeeCreateManyInput> & { partnershipId: string; memberId: string },
): Prisma.SignOnFeeCreateManyInput & { id: string } {
  return { id: uuidv7(), amountOre: 2_500_000n, paidOn: day('2024-10-01'), note: '', ...input };
}

/** A sign-on fee (default 25,000 kr.); creates a member association when no memberId is given. */
export async function createSignOnFee(
  prisma: PrismaClient,
  input: Partial<Prisma.SignOnFeeCreateManyInput> = {},
): Promise<SignOnFee> {
  const partnershipId = await partnershipIdOr(prisma, input.partnershipId);
  const memberId = input.memberId ?? (await addPartnershipMember(prisma, { partnershipId })).id;
  return prisma.signOnFee.create({ data: buildSignOnFee({ ...input, partnershipId, memberId }) });
}
