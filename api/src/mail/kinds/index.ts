import type { MailData, MailKind } from '../kind.ts';
import { accountEmailConfirm } from './account-email-confirm.tsx';
import { accountInvitation } from './account-invitation.tsx';
import { accountNotice } from './account-notice.tsx';
import { accountPasswordChanged } from './account-password-changed.tsx';
import { accountPasswordReset } from './account-password-reset.tsx';
import { accountPhoneCode } from './account-phone-code.tsx';
import { accountWelcome } from './account-welcome.tsx';
import { meetingInvitation } from './meeting-invitation.tsx';
import { notificationDigest } from './notification-digest.tsx';
import { notificationEvent } from './notification-event.tsx';
import { referralHostLink } from './referral-host-link.tsx';
import { referralNew } from './referral-new.tsx';

/**
 * Every message kind, by name. To add one: write `kinds/<area>-<what>.tsx` with
 * `defineMailKind(...)` and add one line here. The name is stored in the outbox row: never rename
 * a kind that may have messages waiting.
 */
export const mailKinds = {
  'account.welcome': accountWelcome,
  'account.invitation': accountInvitation,
  'account.password-reset': accountPasswordReset,
  'account.password-changed': accountPasswordChanged,
  'account.email-confirm': accountEmailConfirm,
  'account.notice': accountNotice,
  'account.phone-code': accountPhoneCode,
  'notification.event': notificationEvent,
  'notification.digest': notificationDigest,
  'referral.new': referralNew,
  'referral.host-link': referralHostLink,
  'meeting.invitation': meetingInvitation,
} satisfies Record<string, MailKind<never>>;

export type MailKindName = keyof typeof mailKinds;

/** The `data` a kind's template takes. */
export type MailDataOf<K extends MailKindName> =
  (typeof mailKinds)[K] extends MailKind<infer D> ? D : MailData;

/** A kind by its stored name, for code that handles every kind alike (outbox, worker). */
export function mailKind(name: string): MailKind<MailData> | undefined {
  return Object.hasOwn(mailKinds, name)
    ? (mailKinds[name as MailKindName] as unknown as MailKind<MailData>)
    : undefined;
}
