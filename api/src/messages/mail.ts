import type { Catalogue } from '../i18n.ts';

// Messages of the e-mail outbox, in Danish and English.
export const mailMessages = {
  'outbox.notRetryable': {
    da: 'Kun mislykkede udsendelser kan sendes igen. Denne er allerede sendt eller på vej.',
    en: 'Only failed messages can be retried. This one has been sent or is on its way.',
  },
} as const satisfies Catalogue;
