import type {
  AgeBand,
  ContactChannel,
  ReferralBarrier,
  ReferralCloseReason,
  ReferralConsentScope,
  ReferralMeasurePhase,
  ReferralReason,
  ReferralSource,
  ReferralState,
} from '../../gql/graphql';

/** The referral enums, in the order forms and filters offer them. */
export const sources: ReferralSource[] = [
  'HOUSING_SOCIAL_STAFF',
  'SELF',
  'MUNICIPALITY',
  'GENERAL_PRACTITIONER',
  'VOLUNTEER',
  'OTHER',
];
export const channels: ContactChannel[] = ['PHONE', 'SMS', 'EMAIL'];
export const ageBands: AgeBand[] = [
  'UNDER_18',
  'AGE_18_29',
  'AGE_30_49',
  'AGE_50_64',
  'AGE_65_79',
  'AGE_80_PLUS',
];
export const reasons: ReferralReason[] = [
  'LONELINESS',
  'SOCIAL_ISOLATION',
  'BEREAVEMENT',
  'MENTAL_WELLBEING',
  'PHYSICAL_HEALTH',
  'NEW_IN_AREA',
  'LIFE_CHANGE',
  'UNEMPLOYMENT',
  'CARER',
  'OTHER',
];
export const barriers: ReferralBarrier[] = [
  'ANXIETY',
  'MOBILITY',
  'TRANSPORT',
  'LANGUAGE',
  'ECONOMY',
  'CARE_DUTIES',
  'DIGITAL',
  'OTHER',
];
export const consentScopes: ReferralConsentScope[] = ['CONTACT', 'SHARE_FIRST_NAME_WITH_HOST', 'MEASURES'];
export const closeReasons: ReferralCloseReason[] = [
  'TAKING_PART',
  'NO_MATCHING_ACTIVITY',
  'STOPPED',
  'MOVED_AWAY',
  'OTHER',
];
export const phases: ReferralMeasurePhase[] = ['BASELINE', 'END', 'FOLLOW_UP'];
export const openStates: ReferralState[] = [
  'REQUESTED',
  'ACCEPTED',
  'IN_PROGRESS',
  'CONNECTED',
  'ATTENDING',
  'FOLLOW_UP',
  'ON_HOLD',
];
export const states: ReferralState[] = [...openStates, 'CLOSED', 'DECLINED', 'NO_CONTACT'];

/** Moves offered as buttons from each state (connecting and closing have their own forms). */
export const moves: Record<ReferralState, ReferralState[]> = {
  REQUESTED: ['ACCEPTED', 'DECLINED', 'NO_CONTACT', 'ON_HOLD'],
  ACCEPTED: ['IN_PROGRESS', 'DECLINED', 'NO_CONTACT', 'ON_HOLD'],
  IN_PROGRESS: ['DECLINED', 'ON_HOLD'],
  CONNECTED: ['ATTENDING', 'IN_PROGRESS', 'DECLINED', 'ON_HOLD'],
  ATTENDING: ['FOLLOW_UP', 'ON_HOLD'],
  FOLLOW_UP: [],
  ON_HOLD: ['DECLINED', 'NO_CONTACT'],
  CLOSED: [],
  DECLINED: [],
  NO_CONTACT: [],
};
export const closable: ReferralState[] = ['IN_PROGRESS', 'CONNECTED', 'ATTENDING', 'FOLLOW_UP', 'ON_HOLD'];
