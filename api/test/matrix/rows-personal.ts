import { member, owner, type Row } from './rows.ts';

// Personal data read through node(id:) and nested paths: `sees` picks it out of the answer; it
// must be there for the allowed and absent (null, empty or refused) for everyone else.
export type PersonalRow = Row & { sees: (data: any) => unknown };

const node = (fragment: string) => `query ($id: ID!) { node(id: $id) { ... on ${fragment} } }`;
const edges = (connection: any) => connection?.edges?.length ?? 0;
const bookingDetails = (d: any) => d?.node?.purpose ?? d?.node?.requesterName ?? d?.node?.partnership;

export const personalRows: Record<string, PersonalRow> = {
  "member organisations' contact e-mails (partnership → members)": {
    doc: node('Partnership { members(first: 100) { edges { node { contactEmail contactName } } } }'),
    on: 'Partnership',
    allow: member,
    sees: (d) => d?.node?.members?.edges.some((e: any) => e.node.contactName),
  },
  "a contact person's name and phone (node PartnershipMember)": {
    doc: node('PartnershipMember { contactName contactPhone }'),
    on: 'PartnershipMember',
    allow: member,
    sees: (d) => d?.node?.contactName,
  },
  "a volunteer's name and e-mail (node VolunteerSignUp)": {
    doc: node('VolunteerSignUp { volunteer { name email phone } }'),
    on: 'VolunteerSignUp',
    allow: owner,
    sees: (d) => d?.node?.volunteer?.name,
  },
  "a volunteer's name (node VolunteerHours)": {
    doc: node('VolunteerHours { volunteer { name } }'),
    on: 'VolunteerHours',
    allow: owner,
    sees: (d) => d?.node?.volunteer?.name,
  },
  // The times of a booking are for all who may see the resource; why and for whom are not.
  "a booking's purpose, requester and partnership (node Booking)": {
    doc: node('Booking { startsAt purpose requesterName partnership { name } }'),
    on: 'Booking',
    allow: owner,
    sees: bookingDetails,
  },
  'the same of a booking of a resource open to everyone signed in (node Booking)': {
    doc: node('Booking { startsAt purpose requesterName partnership { name } }'),
    on: 'OpenBooking',
    allow: owner,
    sees: bookingDetails,
  },
  'minutes text of a closed meeting': {
    doc: node('Meeting { minutes(first: 10) { edges { node { text } } } }'),
    on: 'ClosedMeeting',
    allow: member,
    sees: (d) => edges(d?.node?.minutes),
  },
  "a closed meeting's action items and their owners": {
    doc: node('Meeting { actionItems(first: 10) { edges { node { description owner { name } } } } }'),
    on: 'ClosedMeeting',
    allow: member,
    sees: (d) => edges(d?.node?.actionItems),
  },
  'who attended a meeting (names)': {
    doc: node('Meeting { attendances(first: 10) { edges { node { person { name } } } } }'),
    on: 'ClosedMeeting',
    allow: member,
    sees: (d) => edges(d?.node?.attendances),
  },
};
