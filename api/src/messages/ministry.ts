import type { Catalogue } from '../i18n.ts';

// Messages of the ministry API, in Danish and English.
export const ministryMessages = {} as const satisfies Catalogue;
