import { demoAccounts } from '@naboskab/seed';

export type RoleName = 'admin' | 'coordinator' | 'volunteer' | 'ministry';

/** The seeded demo account of a role, as `npm start` prints it. */
export function account(role: RoleName) {
  return demoAccounts[role];
}
