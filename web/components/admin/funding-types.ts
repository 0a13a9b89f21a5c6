import type { AdminFundingQuery } from '../../gql/graphql';

// The records of the funding administration, as AdminFundingQuery (admin-funding.tsx) loads them.
export type Pool = AdminFundingQuery['fundingPools']['edges'][number]['node'];
export type Round = Pool['rounds'][number] & { poolId: string };
export type Grant = AdminFundingQuery['grants']['edges'][number]['node'];
