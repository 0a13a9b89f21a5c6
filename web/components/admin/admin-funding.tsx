'use client';

import { useState } from 'react';
import { graphql } from '../../gql';
import { useAppQuery } from '../../lib/apollo/use-app-query';
import { appendPage } from '../../lib/append-page';
import { FundingPoolForm } from './funding-pool-form';
import { FundingPoolsList } from './funding-pools-list';
import { FundingRoundForm } from './funding-round-form';
import type { Grant, Pool, Round } from './funding-types';
import { GrantForm } from './grant-form';
import { GrantsList } from './grants-list';
import { useSaveGrant } from './use-save-grant';

const AdminFundingQuery = graphql(`
  query AdminFunding($after: String) {
    fundingPools(first: 100) {
      edges {
        node {
          id
          name
          stream
          funderName
          financeAccount
          rounds {
            id
            name
            year
            budget
          }
        }
      }
    }
    grants(first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          caseNumber
          amount
          paid
          status
          startsOn
          endsOn
          awardedOn
          round {
            id
          }
          partnership {
            id
            name
          }
          recipientOrganisation {
            id
            name
          }
        }
      }
    }
  }
`);

/** Funding pools, their rounds and the grants: a form for each beside the lists. */
export function AdminFunding() {
  const { data, refetch, fetchMore } = useAppQuery(AdminFundingQuery);
  const saveGrant = useSaveGrant(refetch);
  const pools = data?.fundingPools.edges.map((e) => e.node) ?? [];
  const grants = data?.grants.edges.map((e) => e.node) ?? [];
  // The record each form edits (prefilled; the forms re-mount by key), or null to create.
  const [editPool, setEditPool] = useState<Pool | null>(null);
  const [editRound, setEditRound] = useState<Round | null>(null);
  const [editGrant, setEditGrant] = useState<Grant | null>(null);

  return (
    <div className="admin-grid">
      <FundingPoolForm
        key={editPool?.id ?? 'new-pool'}
        pool={editPool}
        onCancel={() => setEditPool(null)}
        onSaved={refetch}
      />
      <FundingRoundForm
        key={editRound?.id ?? 'new-round'}
        round={editRound}
        pools={pools}
        onCancel={() => setEditRound(null)}
        onSaved={refetch}
      />
      <GrantForm grant={editGrant} pools={pools} save={saveGrant} onCancel={() => setEditGrant(null)} />
      <FundingPoolsList pools={pools} onEditPool={setEditPool} onEditRound={setEditRound} />
      <GrantsList
        grants={grants}
        onEdit={setEditGrant}
        onSave={saveGrant.submit}
        onDeleted={refetch}
        onMore={
          data?.grants.pageInfo.hasNextPage
            ? () =>
                fetchMore({
                  variables: { after: data.grants.pageInfo.endCursor },
                  updateQuery: appendPage(['grants']),
                })
            : undefined
        }
      />
    </div>
  );
}
