import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoAccounts } from '@naboskab/seed';

export type RoleName = 'admin' | 'coordinator' | 'volunteer' | 'ministry';

/** The seeded demo account of a role, as `npm start` prints it. */
export function account(role: RoleName) {
  return demoAccounts[role];
}

/** Where auth.setup.ts keeps each role's signed-in browser state (per port: runs may overlap). */
export function storageState(role: RoleName): string {
  const port = process.env.E2E_WEB_PORT ?? '3100';
  return path.join(path.dirname(fileURLToPath(import.meta.url)), '.auth', port, `${role}.json`);
}
