import { graphql } from '../../gql';

// The meeting pages' queries, in one place so a change can refetch them by document.

export const MeetingListQuery = graphql(`
  query MeetingList($slug: String!, $upcomingAfter: String, $pastAfter: String) {
    partnership(slug: $slug) {
      id
      name
      viewerCanCoordinate
      upcoming: meetings(when: UPCOMING, first: 20, after: $upcomingAfter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...MeetingSummaryFields } }
      }
      past: meetings(when: PAST, first: 20, after: $pastAfter) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { ...MeetingSummaryFields } }
      }
    }
  }
`);

export const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      title
      startsAt
      endsAt
      status
      address
      onlineUrl
      room
      bookingId
      closedAt
      viewerCanEdit
      partnership { id name slug }
      viewerInvitation { id response }
      agendaItems(first: 100) {
        edges { node { id position title description durationMinutes owner { id name } } }
      }
    }
  }
`);

export const MeetingOptionsQuery = graphql(`
  query MeetingOptions($id: ID!) {
    meeting(id: $id) {
      id
      eligiblePeople(first: 100) { edges { node { id name organisation { id name } } } }
      memberOrganisations(first: 100) { edges { node { id name } } }
    }
  }
`);

export const MeetingInvitationsQuery = graphql(`
  query MeetingInvitations($id: ID!) {
    meeting(id: $id) {
      id
      invitations(first: 100) {
        totalCount
        edges { node { id response person { id name } organisation { id name } } }
      }
    }
  }
`);

export const MeetingAttendancesQuery = graphql(`
  query MeetingAttendances($id: ID!) {
    meeting(id: $id) {
      id
      attendances(first: 100) {
        totalCount
        edges { node { id person { id name } onBehalfOf { id name } } }
      }
    }
  }
`);

export const MeetingChecklistQuery = graphql(`
  query MeetingAttendanceChecklist($id: ID!) {
    meeting(id: $id) { id attendanceChecklist { personId name organisationName status } }
  }
`);

export const MeetingMinutesQuery = graphql(`
  query MeetingMinutes($id: ID!) {
    meeting(id: $id) {
      id
      minutes(first: 100) { edges { node { id agendaItemId text version updatedAt updatedByName } } }
    }
  }
`);

export const MeetingDecisionsQuery = graphql(`
  query MeetingDecisions($id: ID!) {
    meeting(id: $id) {
      id
      decisions(first: 100) { edges { node { id text agendaItemId } } }
    }
  }
`);

export const MeetingActionItemsQuery = graphql(`
  query MeetingActionItems($id: ID!) {
    meeting(id: $id) {
      id
      actionItems(first: 100) { edges { node { ...ActionItemFields } } }
    }
  }
`);

export const MeetingCarriedQuery = graphql(`
  query MeetingCarried($id: ID!) {
    meeting(id: $id) {
      id
      carriedActionItems(first: 100) { edges { node { ...ActionItemFields meetingTitle } } }
    }
  }
`);

export const MyTasksQuery = graphql(`
  query MyTasks($status: ActionItemStatus, $after: String) {
    myActionItems(status: $status, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          ...ActionItemFields
          meetingId
          meetingTitle
          partnershipName
        }
      }
    }
  }
`);

/** Every meeting query: what a meeting change may have touched (only active ones refetch). */
export const meetingDocuments = [
  MeetingListQuery,
  MeetingPageQuery,
  MeetingOptionsQuery,
  MeetingInvitationsQuery,
  MeetingAttendancesQuery,
  MeetingChecklistQuery,
  MeetingMinutesQuery,
  MeetingDecisionsQuery,
  MeetingActionItemsQuery,
  MeetingCarriedQuery,
  MyTasksQuery,
];
