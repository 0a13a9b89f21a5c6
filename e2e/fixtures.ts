import { test as base, expect } from '@playwright/test';
import { type RoleName, storageState } from './accounts.ts';

/** `test.use({ role: 'coordinator' })` runs a file's tests signed in as that role. */
export const test = base.extend<{ role: RoleName | null }>({
  role: [null, { option: true }],
  storageState: async ({ role }, use) => {
    await use(role ? storageState(role) : { cookies: [], origins: [] });
  },
});

export { expect };
