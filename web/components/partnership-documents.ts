import { graphql } from '../gql';

// Queries of the partnership page that a member or fee change refetches (by document).

export const PartnershipMembersQuery = graphql(`
  query PartnershipMembers($slug: String!, $after: String) {
    partnership(slug: $slug) {
      id
      voluntaryAssociationCount
      associationTarget
      members(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            role
            contactName
            contactEmail
            contactPhone
            organisation {
              id
              name
            }
            signOnFee {
              id
              amount
            }
          }
        }
      }
    }
  }
`);

export const PartnershipSignOnFeesQuery = graphql(`
  query PartnershipSignOnFees($slug: String!, $after: String) {
    partnership(slug: $slug) {
      id
      signOnFees(first: 100, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            amount
            paidOn
            note
            member {
              id
              organisation {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

/** A member or sign-on fee change shows in both lists (fee amounts, the record form's choices). */
export const memberAndFeeDocuments = [PartnershipMembersQuery, PartnershipSignOnFeesQuery];
