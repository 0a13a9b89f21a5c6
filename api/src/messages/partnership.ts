import type { Catalogue } from '../i18n.ts';

// Messages of the partnership API, in Danish and English.
export const partnershipMessages = {} as const satisfies Catalogue;
