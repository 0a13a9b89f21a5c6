import type { Catalogue } from '../i18n.ts';

// Messages of the resource API, in Danish and English.
export const resourceMessages = {} as const satisfies Catalogue;
