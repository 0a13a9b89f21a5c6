import {
  type Allow,
  admin,
  anyone,
  coordinatorRole,
  ministryOrAdmin,
  owner,
  type Row,
  result,
  signedIn,
} from './rows.ts';
import { hostLinkToken } from './world.ts';

/** The partnership's fællesskabsguides: in the world, each coordinator guides in their own. */
const guide: Allow = (role, side) => role === `coordinator${side}`;
/** Users with the coordinator role; administrators see only the read log, never referrals. */
const coordinators: Allow = (role, side) => coordinatorRole(role, side) && role !== 'admin';

/** Referrals (brobygning): harmless queries and mutations. */
export const referralRows: Record<string, Row> = {
  myReferrals: { doc: 'query { myReferrals(first: 1) { edges { cursor } } }', allow: coordinators },
  myGuidePartnerships: { doc: 'query { myGuidePartnerships { id } }', allow: signedIn },
  myReferralCaseload: { doc: 'query { myReferralCaseload { __typename } }', allow: coordinators },
  referralReadLog: { doc: 'query { referralReadLog(first: 1) { edges { cursor } } }', allow: admin },
  ministryBridgeFigures: {
    doc: 'query { ministryBridgeFigures { __typename } }',
    allow: ministryOrAdmin,
  },
  // Public: the secret token is the key (the host link to partnership A's referral).
  hostLink: {
    doc: 'query ($token: String!) { hostLink(token: $token) { firstName } }',
    vars: (_id, o) => ({ token: hostLinkToken(o.Partnership) }),
    allow: anyone,
  },
  confirmHostLink: {
    doc: result('confirmHostLink', 'ConfirmHostLinkInput'),
    vars: () => ({ input: { token: '', takingPart: true } }),
    allow: anyone,
  },
  recordReferral: {
    doc: result('recordReferral', 'RecordReferralInput'),
    on: 'Partnership',
    vars: (id) => ({
      input: {
        partnershipId: id,
        source: 'SELF',
        ageBand: 'AGE_65_79',
        reasons: [],
        arenas: [],
        accompaniment: false,
        firstName: '',
        consentScopes: [],
        consentGivenOn: '2026-01-05',
      },
    }),
    allow: guide,
  },
  transitionReferral: {
    doc: result('transitionReferral', 'TransitionReferralInput'),
    on: 'Referral',
    vars: (id) => ({ input: { referralId: id, from: 'REQUESTED', to: 'REQUESTED' } }),
    allow: guide,
  },
  connectReferral: {
    doc: result('connectReferral', 'ConnectReferralInput'),
    on: 'Referral',
    vars: (id) => ({ input: { referralId: id, hostName: '' } }),
    allow: guide,
  },
  recordReferralMeasure: {
    doc: result('recordReferralMeasure', 'RecordReferralMeasureInput'),
    on: 'Referral',
    vars: (id) => ({ input: { referralId: id, phase: 'BASELINE', ons: -1, tils: [], who5: [] } }),
    allow: guide,
  },
  issueHostLink: {
    doc: result('issueHostLink', 'IssueHostLinkInput'),
    on: 'Referral',
    vars: (id) => ({ input: { referralId: id } }),
    allow: guide,
  },
  setPartnershipGuide: {
    doc: result('setPartnershipGuide', 'SetPartnershipGuideInput'),
    on: 'Partnership',
    vars: (id, o) => ({ input: { partnershipId: id, userId: o.gid('User'), guide: true } }),
    allow: owner,
  },
  addUnmetNeedToAgenda: {
    doc: result('addUnmetNeedToAgenda', 'AddUnmetNeedToAgendaInput'),
    on: 'Partnership',
    vars: (id) => ({ input: { partnershipId: id } }),
    allow: owner,
  },
};
