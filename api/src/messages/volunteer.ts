import type { Catalogue } from '../i18n.ts';

// Messages of the volunteer API, in Danish and English.
export const volunteerMessages = {} as const satisfies Catalogue;
