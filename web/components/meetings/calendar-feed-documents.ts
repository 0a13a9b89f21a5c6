import { graphql } from '../../gql';

// Apart from documents.ts: a meeting change does not touch the feeds, and the partnership page,
// which primes this and shows the feeds, would otherwise carry every meeting query.
export const MyCalendarFeedsQuery = graphql(`
  query MyCalendarFeeds {
    myCalendarFeeds(first: 50) {
      totalCount
      edges { node { id kind createdAt partnership { id name } } }
    }
  }
`);
