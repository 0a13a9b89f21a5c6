import type { Catalogue } from '../i18n.ts';

// Messages of the notifications API, in Danish and English.
export const notificationMessages = {
  'notification.unknownKind': {
    da: 'Den slags varsel findes ikke for dig.',
    en: 'There is no such kind of notification for you.',
  },
  'phone.notDanish': {
    da: 'Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78 eller +45 12 34 56 78.',
    en: 'Enter a Danish phone number with 8 digits, e.g. 12 34 56 78 or +45 12 34 56 78.',
  },
} satisfies Catalogue;
