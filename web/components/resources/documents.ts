import { graphql } from '../../gql';

// The booking queries, in one place so a booking change refetches them by document.

export const MyBookingsQuery = graphql(`
  query MyBookings($after: String) {
    myBookings(first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          purpose
          status
          startsAt
          endsAt
          viewerCanCancel
          resource {
            id
            title
            address
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ResourceWeekQuery = graphql(`
  query ResourceWeek($id: ID!, $from: DateTime!, $to: DateTime!) {
    resource(id: $id) {
      id
      openingHours {
        weekday
        opensAt
        closesAt
      }
      bookings(first: 100, from: $from, to: $to) {
        totalCount
        edges {
          node {
            id
            purpose
            status
            startsAt
            endsAt
            requesterName
            partnership {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const BookingRequestsQuery = graphql(`
  query BookingRequests($resourceId: ID) {
    bookingRequests(first: 100, resourceId: $resourceId) {
      totalCount
      edges {
        node {
          id
          purpose
          startsAt
          endsAt
          requesterName
          partnership {
            id
            name
          }
          resource {
            id
            title
          }
        }
      }
    }
  }
`);

/** Whatever a booking change touches: the week, the coordinator's requests and the person's list. */
export const bookingDocuments = [ResourceWeekQuery, BookingRequestsQuery, MyBookingsQuery];
