import {
  admin,
  anyone,
  coordinatorRole,
  member,
  owner,
  type Row,
  result,
  signedIn,
  volunteers,
} from './rows.ts';

const later = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * 86_400_000);
  d.setUTCHours(hour, 0, 0, 0);
  return d.toISOString();
};
const figures = {
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  activitiesHeld: -1,
  participantsReached: 1,
  newParticipantsBridged: 1,
};
const resource = {
  title: '',
  kind: 'ROOM',
  audience: 'PARTNERSHIP',
  requiresApproval: true,
  openingHours: [],
  exceptions: [],
};
const activity = { title: '', arenas: [], targetGroups: [], weekdays: [], published: false };

/** Mutations whose allowed calls are harmless (they fail validation or change nothing). */
export const mutationRows: Record<string, Row> = {
  // Volunteering
  createActivity: {
    doc: result('createActivity', 'CreateActivityInput'),
    on: 'Partnership',
    vars: (id) => ({ input: { ...activity, partnershipId: id } }),
    allow: owner,
  },
  setActivityPublished: {
    doc: result('setActivityPublished', 'SetActivityPublishedInput'),
    on: 'Activity',
    vars: (id) => ({ input: { activityId: id, published: true } }),
    allow: owner,
  },
  createVolunteerOpportunity: {
    doc: result('createVolunteerOpportunity', 'CreateVolunteerOpportunityInput'),
    on: 'Activity',
    vars: (id, o) => ({
      input: {
        activityId: id,
        contactOrganisationId: o.gid('Organisation'),
        title: '',
        volunteersNeeded: 1,
        published: true,
      },
    }),
    allow: owner,
  },
  setVolunteerOpportunityPublished: {
    doc: result('setVolunteerOpportunityPublished', 'SetVolunteerOpportunityPublishedInput'),
    on: 'VolunteerOpportunity',
    vars: (id) => ({ input: { opportunityId: id, published: true } }),
    allow: owner,
  },
  // Ends before it starts: refused as invalid, nothing added or moved.
  addShift: {
    doc: result('addShift', 'AddShiftInput'),
    on: 'VolunteerOpportunity',
    vars: (id) => ({ input: { opportunityId: id, startsAt: later(3, 12), endsAt: later(3, 10) } }),
    allow: owner,
  },
  moveShift: {
    doc: result('moveShift', 'MoveShiftInput'),
    on: 'Shift',
    vars: (id) => ({ input: { shiftId: id, startsAt: later(3, 12), endsAt: later(3, 10) } }),
    allow: owner,
  },
  signUpForOpportunity: {
    doc: result('signUpForOpportunity', 'SignUpForOpportunityInput'),
    on: 'VolunteerOpportunity',
    vars: (id) => ({ input: { opportunityId: id, message: 'x'.repeat(5000) } }),
    allow: volunteers,
  },
  logVolunteerHours: {
    doc: result('logVolunteerHours', 'LogVolunteerHoursInput'),
    on: 'Activity',
    vars: (id) => ({ input: { activityId: id, date: '2026-01-05', hours: -1 } }),
    allow: volunteers,
  },
  // Partnerships
  createPartnership: {
    doc: result('createPartnership', 'CreatePartnershipInput'),
    vars: () => ({ input: { name: '', areaIds: [], arenas: [], targetGroups: [] } }),
    allow: coordinatorRole,
  },
  updatePartnership: {
    doc: result('updatePartnership', 'UpdatePartnershipInput'),
    on: 'Partnership',
    vars: (id) => ({ input: { id, name: '' } }),
    allow: owner,
  },
  setPartnershipReminderTime: {
    doc: result('setPartnershipReminderTime', 'SetPartnershipReminderTimeInput'),
    on: 'Partnership',
    vars: (id) => ({ input: { partnershipId: id, minutes: 1441 } }),
    allow: owner,
  },
  addPartnershipMember: {
    doc: result('addPartnershipMember', 'AddPartnershipMemberInput'),
    on: 'Partnership',
    vars: (id, o) => ({
      input: { partnershipId: id, organisationId: o.gid('Organisation'), role: 'PARTNER', contactEmail: 'x' },
    }),
    allow: owner,
  },
  updatePartnershipMember: {
    doc: result('updatePartnershipMember', 'UpdatePartnershipMemberInput'),
    on: 'PartnershipMember',
    vars: (id) => ({ input: { id, contactEmail: 'not-an-address' } }),
    allow: owner,
  },
  recordSignOnFee: {
    doc: result('recordSignOnFee', 'RecordSignOnFeeInput'),
    on: 'PartnershipMember',
    vars: (id) => ({ input: { memberId: id, amount: '-1' } }),
    allow: owner,
  },
  correctSignOnFee: {
    doc: result('correctSignOnFee', 'CorrectSignOnFeeInput'),
    on: 'SignOnFee',
    vars: (id) => ({ input: { id, amount: '-1' } }),
    allow: owner,
  },
  createOutcomeReport: {
    doc: result('createOutcomeReport', 'CreateOutcomeReportInput'),
    on: 'Partnership',
    vars: (id) => ({ input: { ...figures, partnershipId: id } }),
    allow: owner,
  },
  updateOutcomeReport: {
    doc: result('updateOutcomeReport', 'UpdateOutcomeReportInput'),
    on: 'OutcomeReport',
    vars: (id) => ({ input: { ...figures, reportId: id } }),
    allow: owner,
  },
  // Meetings
  planMeeting: {
    doc: result('planMeeting', 'PlanMeetingInput'),
    on: 'Partnership',
    vars: (id) => ({ input: { partnershipId: id, title: '', startsAt: later(30), endsAt: later(30, 12) } }),
    allow: owner,
  },
  updateMeeting: {
    doc: result('updateMeeting', 'UpdateMeetingInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id, title: '', startsAt: later(30), endsAt: later(30, 12) } }),
    allow: owner,
  },
  addAgendaItem: {
    doc: result('addAgendaItem', 'AddAgendaItemInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id, title: '' } }),
    allow: owner,
  },
  updateAgendaItem: {
    doc: result('updateAgendaItem', 'UpdateAgendaItemInput'),
    on: 'AgendaItem',
    vars: (id) => ({ input: { agendaItemId: id, title: '' } }),
    allow: owner,
  },
  moveAgendaItem: {
    doc: result('moveAgendaItem', 'MoveAgendaItemInput'),
    on: 'AgendaItem',
    vars: (id) => ({ input: { agendaItemId: id, direction: 'UP' } }),
    allow: owner,
  },
  inviteToMeeting: {
    doc: result('inviteToMeeting', 'InviteToMeetingInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id, personIds: [] } }),
    allow: owner,
  },
  answerInvitation: {
    doc: result('answerInvitation', 'AnswerInvitationInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id, response: 'YES' } }),
    allow: member,
  },
  answerMeetingByLink: {
    doc: result('answerMeetingByLink', 'AnswerMeetingByLinkInput'),
    vars: () => ({ input: { token: 'unknown-link-token-unknown-link-token', response: 'YES' } }),
    allow: anyone,
  },
  // Sends notices only; the meeting itself is unchanged.
  sendMeetingAgenda: {
    doc: result('sendMeetingAgenda', 'SendMeetingAgendaInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id } }),
    allow: owner,
  },
  saveAttendanceChecklist: {
    doc: result('saveAttendanceChecklist', 'SaveAttendanceChecklistInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id, entries: [] } }),
    allow: owner,
  },
  recordAttendance: {
    doc: result('recordAttendance', 'RecordAttendanceInput'),
    on: 'Meeting',
    vars: (id, o) => ({ input: { meetingId: id, personId: o.gid('Person') } }),
    allow: owner,
  },
  recordDecision: {
    doc: result('recordDecision', 'RecordDecisionInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id, text: '' } }),
    allow: owner,
  },
  addActionItem: {
    doc: result('addActionItem', 'AddActionItemInput'),
    on: 'Meeting',
    vars: (id, o) => ({ input: { meetingId: id, description: '', ownerPersonId: o.gid('Person') } }),
    allow: owner,
  },
  setActionItemStatus: {
    doc: result('setActionItemStatus', 'SetActionItemStatusInput'),
    on: 'ActionItem',
    vars: (id) => ({ input: { actionItemId: id, status: 'OPEN' } }),
    allow: member,
  },
  saveMinutes: {
    doc: result('saveMinutes', 'SaveMinutesInput'),
    on: 'AgendaItem',
    vars: (id) => ({ input: { agendaItemId: id, expectedVersion: -1, text: 'x' } }),
    allow: owner,
  },
  createCalendarFeed: {
    doc: result('createCalendarFeed', 'CreateCalendarFeedInput'),
    on: 'Partnership',
    vars: (id) => ({ input: { partnershipId: id } }),
    allow: member,
  },
  // Resources and bookings
  offerResource: {
    doc: result('offerResource', 'OfferResourceInput'),
    on: 'Partnership',
    vars: (id, o) => ({
      input: { ...resource, partnershipId: id, ownerOrganisationId: o.gid('Organisation') },
    }),
    allow: owner,
  },
  updateResource: {
    doc: result('updateResource', 'UpdateResourceInput'),
    on: 'Resource',
    vars: (id, o) => ({ input: { ...resource, id, ownerOrganisationId: o.gid('Organisation') } }),
    allow: owner,
  },
  // Coordinators may book what they can see; the resolver answers NotFoundError for the rest
  // (booking.test.ts), so this row proves only the role check.
  bookResource: {
    doc: result('bookResource', 'BookResourceInput'),
    on: 'Resource',
    vars: (id) => ({ input: { resourceId: id, purpose: '', startsAt: later(-2), endsAt: later(-2, 12) } }),
    allow: coordinatorRole,
  },
  // Administration
  saveArea: { doc: result('saveArea', 'SaveAreaInput'), vars: () => ({ input: { name: '' } }), allow: admin },
  saveOrganisation: {
    doc: result('saveOrganisation', 'SaveOrganisationInput'),
    vars: () => ({ input: { name: '', kind: 'OTHER' } }),
    allow: admin,
  },
  saveFundingPool: {
    doc: result('saveFundingPool', 'FundingPoolInput'),
    vars: () => ({ input: { name: '', funderName: '', stream: 'OTHER' } }),
    allow: admin,
  },
  saveFundingRound: {
    doc: result('saveFundingRound', 'FundingRoundInput'),
    vars: (_id, o) => ({ input: { name: '', budget: '-1', year: 1, poolId: o.gid('FundingPool') } }),
    allow: admin,
  },
  saveGrant: {
    doc: result('saveGrant', 'SaveGrantInput'),
    on: 'Partnership',
    vars: (id, o) => ({
      input: {
        partnershipId: id,
        roundId: o.gid('FundingRound'),
        recipientOrganisationId: o.gid('Organisation'),
        amount: '-1',
        caseNumber: '',
      },
    }),
    allow: admin,
  },
  addPartnershipCoordinator: {
    doc: result('addPartnershipCoordinator', 'PartnershipCoordinatorInput'),
    on: 'Partnership',
    vars: (id, o) => ({ input: { partnershipId: id, userId: o.gid('Organisation') } }),
    allow: admin,
  },
  setUserRole: {
    doc: result('setUserRole', 'SetUserRoleInput'),
    on: 'User',
    vars: (id) => ({ input: { userId: id, role: 'COORDINATOR' } }),
    allow: admin,
  },
  // The viewer's own account
  signIn: {
    doc: result('signIn', 'SignInInput'),
    vars: () => ({ input: { email: 'nobody@example.test', password: 'wrong-password' } }),
    allow: anyone,
  },
  registerVolunteer: {
    doc: result('registerVolunteer', 'RegisterVolunteerInput'),
    vars: () => ({ input: { name: '', email: 'x', password: 'x', consent: false, consentTextVersion: '' } }),
    allow: anyone,
  },
  setLocale: { doc: 'mutation { setLocale(locale: DA) }', allow: signedIn },
  deleteMyAccount: {
    doc: result('deleteMyAccount', 'DeleteMyAccountInput'),
    vars: () => ({ input: { confirmEmail: 'someone-else@example.test' } }),
    allow: volunteers,
  },
};
