import type { Catalogue } from '../i18n.ts';

// Messages of the notifications API, in Danish and English.
export const notificationMessages = {
  'notification.unknownKind': {
    da: 'Den slags varsel findes ikke for dig.',
    en: 'There is no such kind of notification for you.',
  },
} satisfies Catalogue;
