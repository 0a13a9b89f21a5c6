import { demoAccounts } from '@naboskab/seed';

export type RoleName = 'admin' | 'coordinator' | 'volunteer' | 'ministry';
/** A role's account, or the demo fællesskabsguide (a coordinator account). */
export type AccountName = RoleName | 'guide';

/** The seeded demo account of a role, as `npm start` prints it. */
export function account(role: AccountName) {
  return demoAccounts[role];
}
