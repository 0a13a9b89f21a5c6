import { admin, anyone, byId, coordinatorRole, member, ministryOrAdmin, type Row, signedIn } from './rows.ts';
import { answerLinkToken } from './world.ts';

const count = (field: string, args = '(first: 1)') => ({ doc: `query { ${field}${args} { totalCount } }` });
const list = (field: string) => ({ doc: `query { ${field} { __typename } }` });
const readers = (role: string) =>
  ['coordinatorA', 'coordinatorB', 'memberA', 'admin', 'volunteer', 'volunteer2'].includes(role);

/** Root query fields. */
export const queryRows: Record<string, Row> = {
  activities: { ...count('activities'), allow: anyone },
  volunteerOpportunities: { ...count('volunteerOpportunities'), allow: anyone },
  volunteerOpportunity: {
    doc: byId('volunteerOpportunity', 'title'),
    on: 'VolunteerOpportunity',
    allow: anyone,
  },
  areas: { ...count('areas'), allow: anyone },
  areaMap: { ...list('areaMap'), allow: anyone },
  municipalities: { ...count('municipalities'), allow: anyone },
  regions: { ...list('regions'), allow: anyone },
  viewer: { doc: 'query { viewer { __typename } }', allow: signedIn, refused: 'null' },
  partnerships: { ...count('partnerships'), allow: signedIn },
  partnership: { doc: 'query { partnership(slug: "vollsmose-sammen") { name } }', allow: signedIn },
  organisations: { ...count('organisations'), allow: signedIn },
  fundingPools: { ...count('fundingPools'), allow: signedIn },
  fundingRounds: { ...count('fundingRounds'), allow: signedIn },
  grants: { ...count('grants'), allow: admin },
  users: { ...count('users'), allow: admin },
  ministryMap: { doc: 'query { ministryMap { __typename } }', allow: ministryOrAdmin },
  ministryFundingPools: { ...list('ministryFundingPools'), allow: ministryOrAdmin },
  ministryPartnership: { doc: byId('ministryPartnership'), on: 'Partnership', allow: ministryOrAdmin },
  meeting: { doc: byId('meeting', 'title'), on: 'Meeting', allow: member, refused: 'null' },
  // Public: the answer link's secret token is the key (an unknown one answers null).
  meetingAnswerLink: {
    doc: 'query ($token: String!) { meetingAnswerLink(token: $token) { title } }',
    vars: (_id, o) => ({ token: answerLinkToken(o.Partnership) }),
    allow: anyone,
  },
  myActionItems: { ...count('myActionItems'), allow: signedIn },
  myCalendarFeeds: { ...count('myCalendarFeeds'), allow: signedIn },
  mySignUps: { ...count('mySignUps'), allow: signedIn },
  myVolunteerHours: { ...count('myVolunteerHours'), allow: signedIn },
  myUpcomingShifts: { doc: 'query { myUpcomingShifts(first: 1) { __typename } }', allow: signedIn },
  myPersonalData: { doc: 'query { myPersonalData }', allow: signedIn },
  myBookings: { ...count('myBookings'), allow: coordinatorRole },
  bookingRequests: { ...count('bookingRequests'), allow: coordinatorRole },
  resources: { ...count('resources'), allow: readers },
  resourceSearchOptions: { doc: 'query { resourceSearchOptions { __typename } }', allow: readers },
  resourceOfferPartnerships: { ...count('resourceOfferPartnerships'), allow: coordinatorRole },
  // A resource of A or B: open to the partnership's own people (its audience decides the rest).
  resource: {
    doc: byId('resource', 'title'),
    on: 'Resource',
    allow: (role, side) => member(role, side),
    refused: 'null',
  },
  node: { doc: byId('node', 'id'), on: 'Activity', allow: anyone },
  nodes: { doc: 'query ($id: ID!) { nodes(ids: [$id]) { id } }', on: 'Activity', allow: anyone },
};
