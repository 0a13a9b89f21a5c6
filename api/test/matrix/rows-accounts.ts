import { admin, anyone, coordinatorRole, owner, type Row, result, signedIn } from './rows.ts';
import { invitationToken } from './world.ts';

const count = (field: string) => ({ doc: `query { ${field}(first: 1) { totalCount } }` });
/** A well-formed id of no row: administrators learn it is not there. */
const missing = (typename: string) =>
  Buffer.from(`${typename}:01900000-0000-7000-8000-000000000000`).toString('base64');

/** Accounts, invitations, e-mail and page texts: queries and harmless mutations. */
export const accountRows: Record<string, Row> = {
  oidcSignInAvailable: { doc: 'query { oidcSignInAvailable }', allow: anyone },
  contentPage: {
    doc: 'query { contentPage(slug: privatlivspolitik, locale: da) { body } }',
    allow: anyone,
  },
  saveContentPage: {
    doc: result('saveContentPage', 'SaveContentPageInput'),
    vars: () => ({ input: { slug: 'privatlivspolitik', locale: 'en', body: ' ' } }),
    allow: admin,
  },
  outboxMessages: { ...count('outboxMessages'), allow: admin },
  retryOutboxMessage: {
    doc: result('retryOutboxMessage', 'RetryOutboxMessageInput'),
    vars: () => ({ input: { messageId: missing('OutboxMessage') } }),
    allow: admin,
  },
  // Administrators see every invitation, coordinators those of their partnerships.
  invitations: { doc: 'query { invitations(first: 1) { edges { cursor } } }', allow: coordinatorRole },
  // Public: the secret token is the key (partnership A's pending invitation).
  invitationByToken: {
    doc: 'query ($token: String!) { invitationByToken(token: $token) { email } }',
    vars: (_id, o) => ({ token: invitationToken(o.Partnership) }),
    allow: anyone,
  },
  inviteUser: {
    doc: result('inviteUser', 'InviteUserInput'),
    on: 'Partnership',
    vars: (id) => ({ input: { email: 'x', name: '', role: 'COORDINATOR', partnershipId: id } }),
    allow: owner,
  },
  acceptInvitation: {
    doc: result('acceptInvitation', 'AcceptInvitationInput'),
    vars: () => ({ input: { token: '', password: 'x' } }),
    allow: anyone,
  },
  requestPasswordReset: {
    doc: result('requestPasswordReset', 'RequestPasswordResetInput'),
    vars: () => ({ input: { email: 'x' } }),
    allow: anyone,
  },
  resetPassword: {
    doc: result('resetPassword', 'ResetPasswordInput'),
    vars: () => ({ input: { token: '', password: 'x' } }),
    allow: anyone,
  },
  confirmEmail: {
    doc: result('confirmEmail', 'ConfirmEmailInput'),
    vars: () => ({ input: { token: '' } }),
    allow: anyone,
  },
  changePassword: {
    doc: result('changePassword', 'ChangePasswordInput'),
    vars: () => ({ input: { currentPassword: '', newPassword: 'x' } }),
    allow: signedIn,
  },
  requestEmailChange: {
    doc: result('requestEmailChange', 'RequestEmailChangeInput'),
    vars: () => ({ input: { email: 'x', currentPassword: '' } }),
    allow: signedIn,
  },
  // Notifications: each person's own.
  notifications: { doc: 'query { notifications(first: 1) { edges { cursor } } }', allow: signedIn },
  unreadNotificationCount: { doc: 'query { unreadNotificationCount }', allow: signedIn },
  notificationPreferences: { doc: 'query { notificationPreferences { kind } }', allow: signedIn },
  markNotificationsRead: {
    doc: 'mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked } }',
    vars: () => ({ input: { notificationIds: [] } }),
    allow: signedIn,
  },
  setNotificationPreference: {
    doc: result('setNotificationPreference', 'SetNotificationPreferenceInput'),
    vars: () => ({ input: { kind: 'no.such.kind', email: 'OFF' } }),
    allow: signedIn,
  },
  myPhone: { doc: 'query { myPhone { phone } }', allow: signedIn },
  // A foreign number fails validation: nothing is saved.
  setMyPhone: {
    doc: result('setMyPhone', 'SetMyPhoneInput'),
    vars: () => ({ input: { phone: '+46 70 123 45 67' } }),
    allow: signedIn,
  },
  // No code is waiting: a typed error, nothing changes.
  confirmMyPhone: {
    doc: result('confirmMyPhone', 'ConfirmMyPhoneInput'),
    vars: () => ({ input: { code: '123456' } }),
    allow: signedIn,
  },
  // The demo accounts' addresses are proven: nothing is sent, the answer is false.
  resendEmailVerification: {
    doc: 'mutation { resendEmailVerification { __typename } }',
    allow: signedIn,
  },
};
