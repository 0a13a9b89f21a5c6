import type { MemberRole, ReferralState } from '@naboskab/db';

/**
 * The one member role a citizen is connected to: a voluntary association, the community a guide
 * bridges to. Other members (a municipality, a housing organisation) are no place; their offers
 * reach the citizen as the partnership's activities. placeOptions lists and connectReferral
 * accepts exactly these.
 */
export const PLACE_MEMBER_ROLE = 'VOLUNTARY_ASSOCIATION' satisfies MemberRole;

/**
 * The referral's state machine: every allowed move, in one table. A move not listed is refused.
 * Resuming from ON_HOLD is allowed only back to the state it was held in (checked in transition).
 * CONNECTED is reached through connectReferral (it needs a place and a host), ATTENDING through
 * the host's link or the guide who went along.
 */
export const TRANSITIONS: Readonly<Record<ReferralState, readonly ReferralState[]>> = {
  REQUESTED: ['ACCEPTED', 'DECLINED', 'NO_CONTACT', 'ON_HOLD'],
  ACCEPTED: ['IN_PROGRESS', 'DECLINED', 'NO_CONTACT', 'ON_HOLD'],
  IN_PROGRESS: ['CONNECTED', 'DECLINED', 'ON_HOLD', 'CLOSED'],
  CONNECTED: ['ATTENDING', 'IN_PROGRESS', 'DECLINED', 'ON_HOLD', 'CLOSED'],
  ATTENDING: ['FOLLOW_UP', 'ON_HOLD', 'CLOSED'],
  FOLLOW_UP: ['CLOSED'],
  ON_HOLD: [
    'ACCEPTED',
    'IN_PROGRESS',
    'CONNECTED',
    'ATTENDING',
    'FOLLOW_UP',
    'DECLINED',
    'NO_CONTACT',
    'CLOSED',
  ],
  CLOSED: [],
  DECLINED: [],
  NO_CONTACT: [],
};

/** States after which nothing changes; personal data is kept REFERRAL_RETENTION_MONTHS after. */
export const FINAL_STATES: readonly ReferralState[] = ['CLOSED', 'DECLINED', 'NO_CONTACT'];

export const OPEN_STATES: readonly ReferralState[] = (Object.keys(TRANSITIONS) as ReferralState[]).filter(
  (state) => !FINAL_STATES.includes(state),
);

export function mayMove(from: ReferralState, to: ReferralState, heldFrom: ReferralState | null): boolean {
  if (!TRANSITIONS[from].includes(to)) return false;
  if (from === 'ON_HOLD' && !FINAL_STATES.includes(to)) return to === heldFrom;
  return true;
}

/** FHIR R4 Task.status of each state, for exchange (the steps inside in-progress are ours). */
export const FHIR_TASK_STATUS: Readonly<Record<ReferralState, string>> = {
  REQUESTED: 'requested',
  ACCEPTED: 'accepted',
  IN_PROGRESS: 'in-progress',
  CONNECTED: 'in-progress',
  ATTENDING: 'in-progress',
  FOLLOW_UP: 'in-progress',
  ON_HOLD: 'on-hold',
  CLOSED: 'completed',
  DECLINED: 'rejected',
  NO_CONTACT: 'failed',
};

/** The date column each state stamps the first time it is reached (figures and durations). */
export const STAMP: Partial<
  Record<
    ReferralState,
    'contactedAt' | 'firstConversationAt' | 'connectedAt' | 'firstAttendanceAt' | 'followUpAt' | 'closedAt'
  >
> = {
  ACCEPTED: 'contactedAt',
  IN_PROGRESS: 'firstConversationAt',
  CONNECTED: 'connectedAt',
  ATTENDING: 'firstAttendanceAt',
  FOLLOW_UP: 'followUpAt',
  CLOSED: 'closedAt',
  DECLINED: 'closedAt',
  NO_CONTACT: 'closedAt',
};

export const DAY_MS = 86_400_000;
/** The citizen should be contacted within 14 days of the referral. */
export const CONTACT_TARGET_DAYS = 14;
/** Follow-up about three months after the first attendance. */
export const FOLLOW_UP_DAYS = 91;
