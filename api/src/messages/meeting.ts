import type { Catalogue } from '../i18n.ts';

// Messages of the meeting API, in Danish and English.
export const meetingMessages = {} as const satisfies Catalogue;
