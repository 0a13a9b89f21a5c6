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
  'phone.codeWrong': {
    da: 'Koden er forkert. Tjek SMS’en og prøv igen.',
    en: 'The code is wrong. Check the text message and try again.',
  },
  'phone.codeExpired': {
    da: 'Koden er udløbet. Bed om en ny kode.',
    en: 'The code has expired. Ask for a new code.',
  },
  'phone.codeTooManyAttempts': {
    da: 'For mange forkerte forsøg, så koden virker ikke længere. Bed om en ny kode.',
    en: 'Too many wrong attempts, so the code no longer works. Ask for a new code.',
  },
  'phone.codeJustSent': {
    da: 'Vi har lige sendt en kode til nummeret. Brug den, eller vent et minut og bed om en ny.',
    en: 'We have just sent a code to this number. Use it, or wait a minute and ask for a new one.',
  },
  'phone.noPendingCode': {
    da: 'Der venter ingen kode. Skriv dit nummer og bed om en kode.',
    en: 'No code is waiting. Enter your number and ask for a code.',
  },
} satisfies Catalogue;
