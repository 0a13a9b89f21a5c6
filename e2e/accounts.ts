import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoAccounts } from '@naboskab/seed';

export type RoleName = 'admin' | 'coordinator' | 'volunteer' | 'ministry';

const byRole = { admin: 'ADMIN', coordinator: 'COORDINATOR', volunteer: 'VOLUNTEER', ministry: 'MINISTRY' } as const;

/** The seeded demo account of a role, as `npm start` prints it. */
export function account(role: RoleName) {
  const found = demoAccounts.find((a) => a.role === byRole[role]);
  if (!found) throw new Error(`No demo account for ${role}`);
  return found;
}

/** Where auth.setup.ts keeps each role's signed-in browser state. */
export function storageState(role: RoleName): string {
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '.auth', `${role}.json`);
}
