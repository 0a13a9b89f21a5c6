import { graphql } from '../gql';

// Queries of the partnership page's islands, in a plain module so the server page can prime them
// (a 'use client' module's exports reach a server component only as references).

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

export const PartnershipHistoryQuery = graphql(`
  query PartnershipHistory($slug: String!, $after: String) {
    partnership(slug: $slug) {
      id
      history(first: 20, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            at
            action
            entityType
            actorName
            changes
          }
        }
      }
    }
  }
`);

export const PartnershipCoordinatorsQuery = graphql(`
  query PartnershipCoordinators($slug: String!, $search: String) {
    partnership(slug: $slug) {
      id
      coordinators {
        id
        name
        email
      }
    }
    users(first: 50, search: $search) {
      edges {
        node {
          id
          name
          email
          role
        }
      }
    }
  }
`);

export const PartnershipBridgeQuery = graphql(`
  query PartnershipBridge($id: ID!) {
    node(id: $id) {
      ... on Partnership {
        id
        referralStates { state count suppressed }
        unmetNeed { ...UnmetNeedList }
        guideCandidates { userId name isGuide isCoordinator }
      }
    }
  }
`);

/** A member or sign-on fee change shows in both lists (fee amounts, the record form's choices). */
export const memberAndFeeDocuments = [PartnershipMembersQuery, PartnershipSignOnFeesQuery];

export const PartnershipInvitationsQuery = graphql(`
  query PartnershipInvitations($partnershipId: ID!) {
    invitations(partnershipId: $partnershipId, pendingOnly: true, first: 100) {
      edges {
        node {
          ...InvitationItem
        }
      }
    }
  }
`);

export const PartnershipBridgeFiguresQuery = graphql(`
  query PartnershipBridgeFigures($id: ID!, $association: ID, $from: Date, $to: Date) {
    node(id: $id) {
      ... on Partnership {
        id
        bridgeFigures(associationId: $association, from: $from, to: $to) { ...BridgeFiguresTable }
      }
    }
  }
`);
