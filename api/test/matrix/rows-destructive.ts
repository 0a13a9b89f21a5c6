import { admin, anyone, coordinatorRole, owner, type Row, result, signedIn } from './rows.ts';

/** Mutations that change or remove their object: they run after every other row (signOut last). */
export const destructiveRows: Record<string, Row> = {
  // A new link replaces the old one, then the invitation is withdrawn (while the partnership
  // still has its coordinators: removePartnershipCoordinator comes later).
  resendInvitation: {
    doc: result('resendInvitation', 'InvitationIdInput'),
    on: 'Invitation',
    vars: (id) => ({ input: { invitationId: id } }),
    allow: owner,
  },
  revokeInvitation: {
    doc: result('revokeInvitation', 'InvitationIdInput'),
    on: 'Invitation',
    vars: (id) => ({ input: { invitationId: id } }),
    allow: owner,
  },
  // Adds invitations (and tells the invitees): harmless to the rows after it.
  inviteEveryoneToMeeting: {
    doc: result('inviteEveryoneToMeeting', 'InviteEveryoneToMeetingInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id, who: 'CONTACT_PEOPLE' } }),
    allow: owner,
  },
  decideVolunteerSignUps: {
    doc: result('decideVolunteerSignUps', 'DecideVolunteerSignUpsInput'),
    on: 'VolunteerSignUp',
    vars: (id) => ({ input: { signUpIds: [id], decision: 'APPROVED' } }),
    allow: owner,
  },
  decideVolunteerHours: {
    doc: result('decideVolunteerHours', 'DecideVolunteerHoursInput'),
    on: 'VolunteerHours',
    vars: (id) => ({ input: { hoursIds: [id], decision: 'APPROVED' } }),
    allow: owner,
  },
  // The first allowed call cancels the shift; later ones are refused as already cancelled.
  cancelShift: {
    doc: result('cancelShift', 'CancelShiftInput'),
    on: 'Shift',
    vars: (id) => ({ input: { shiftId: id } }),
    allow: owner,
  },
  // Anyone signed in may try; only the volunteer's own sign-up is found.
  withdrawSignUp: {
    doc: result('withdrawSignUp', 'WithdrawSignUpInput'),
    on: 'VolunteerSignUp',
    vars: (id) => ({ input: { signUpId: id } }),
    allow: signedIn,
  },
  approveBooking: {
    doc: result('approveBooking', 'DecideBookingInput'),
    on: 'Booking',
    vars: (id) => ({ input: { bookingId: id } }),
    allow: owner,
  },
  declineBooking: {
    doc: result('declineBooking', 'DecideBookingInput'),
    on: 'Booking',
    vars: (id) => ({ input: { bookingId: id } }),
    allow: owner,
  },
  // Coordinators may try; only the requester's own booking is found.
  cancelBooking: {
    doc: result('cancelBooking', 'CancelBookingInput'),
    on: 'Booking',
    vars: (id) => ({ input: { bookingId: id } }),
    allow: coordinatorRole,
  },
  closeMeeting: {
    doc: result('closeMeeting', 'MeetingIdInput'),
    on: 'ClosedMeeting',
    vars: (id) => ({ input: { meetingId: id } }),
    allow: owner,
  },
  reopenMeeting: {
    doc: result('reopenMeeting', 'MeetingIdInput'),
    on: 'ClosedMeeting',
    vars: (id) => ({ input: { meetingId: id } }),
    allow: owner,
  },
  removeAgendaItem: {
    doc: result('removeAgendaItem', 'AgendaItemIdInput'),
    on: 'AgendaItem',
    vars: (id) => ({ input: { agendaItemId: id } }),
    allow: owner,
  },
  removeAttendance: {
    doc: result('removeAttendance', 'AttendanceIdInput'),
    on: 'Attendance',
    vars: (id) => ({ input: { attendanceId: id } }),
    allow: owner,
  },
  removeDecision: {
    doc: result('removeDecision', 'DecisionIdInput'),
    on: 'Decision',
    vars: (id) => ({ input: { decisionId: id } }),
    allow: owner,
  },
  cancelMeeting: {
    doc: result('cancelMeeting', 'MeetingIdInput'),
    on: 'Meeting',
    vars: (id) => ({ input: { meetingId: id } }),
    allow: owner,
  },
  deleteGrant: {
    doc: result('deleteGrant', 'DeleteGrantInput'),
    on: 'Grant',
    vars: (id) => ({ input: { id } }),
    allow: admin,
  },
  deleteOutcomeReport: {
    doc: result('deleteOutcomeReport', 'DeleteOutcomeReportInput'),
    on: 'OutcomeReport',
    vars: (id) => ({ input: { reportId: id } }),
    allow: owner,
  },
  withdrawResource: {
    doc: result('withdrawResource', 'WithdrawResourceInput'),
    on: 'Resource',
    vars: (id) => ({ input: { resourceId: id } }),
    allow: owner,
  },
  deleteSignOnFee: {
    doc: result('deleteSignOnFee', 'DeleteSignOnFeeInput'),
    on: 'SignOnFee',
    vars: (id) => ({ input: { id } }),
    allow: owner,
  },
  // Before the coordinator leaves the partnership: a guide who has left it is no guide there.
  eraseReferral: {
    doc: result('eraseReferral', 'EraseReferralInput'),
    on: 'Referral',
    vars: (id) => ({ input: { referralId: id } }),
    allow: (role, side) => role === `coordinator${side}`,
  },
  removePartnershipMember: {
    doc: result('removePartnershipMember', 'RemovePartnershipMemberInput'),
    on: 'PartnershipMember',
    vars: (id) => ({ input: { id } }),
    allow: owner,
  },
  removePartnershipCoordinator: {
    doc: result('removePartnershipCoordinator', 'PartnershipCoordinatorInput'),
    on: 'Partnership',
    vars: (id, o) => ({ input: { partnershipId: id, userId: o.gid('User') } }),
    allow: admin,
  },
  // A feed is its owner's: anyone signed in may try, only the owner's is found.
  revokeCalendarFeed: {
    doc: result('revokeCalendarFeed', 'RevokeCalendarFeedInput'),
    on: 'CalendarFeed',
    vars: (id) => ({ input: { calendarFeedId: id } }),
    allow: signedIn,
  },
  deactivateUser: {
    doc: result('deactivateUser', 'UserStatusInput'),
    on: 'Account',
    vars: (id) => ({ input: { userId: id } }),
    allow: admin,
  },
  reactivateUser: {
    doc: result('reactivateUser', 'UserStatusInput'),
    on: 'Account',
    vars: (id) => ({ input: { userId: id } }),
    allow: admin,
  },
  // Erases the referral's personal data: its guide only.
  signOut: { doc: 'mutation { signOut }', allow: anyone },
};
