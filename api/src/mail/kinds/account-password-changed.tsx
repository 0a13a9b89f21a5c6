import { defineMailKind } from '../kind.ts';
import { AccountMessage, type Words } from './account-parts.tsx';

const words: Words = {
  da: {
    subject: 'Din adgangskode til Naboskab er ændret',
    paragraphs: [
      'Adgangskoden til din konto er netop blevet ændret, og du er logget ud andre steder.',
      'Var det ikke dig, så nulstil adgangskoden med det samme, og kontakt en administrator.',
    ],
    action: 'Nulstil adgangskoden',
  },
  en: {
    subject: 'Your Naboskab password has changed',
    paragraphs: [
      'The password of your account has just been changed, and you have been signed out elsewhere.',
      'If it was not you, reset the password at once and contact an administrator.',
    ],
    action: 'Reset the password',
  },
};

/** Sent after any password change: by reset or on /min-side (domain/account/). */
export const accountPasswordChanged = defineMailKind<{ name: string }>({
  sensitive: false,
  subject: (_data, locale) => words[locale].subject,
  reason: {
    da: 'adgangskoden til din konto i Naboskab er ændret.',
    en: 'the password of your Naboskab account has changed.',
  },
  Body: ({ data, locale, url }) => (
    <AccountMessage
      name={data.name}
      locale={locale}
      paragraphs={words[locale].paragraphs}
      action={{ label: words[locale].action ?? '', href: url('/glemt-adgangskode') }}
    />
  ),
});
