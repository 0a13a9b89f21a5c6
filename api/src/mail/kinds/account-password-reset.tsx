import { defineMailKind } from '../kind.ts';
import { AccountMessage, fill, type Words } from './account-parts.tsx';

const words: Words = {
  da: {
    subject: 'Nulstil din adgangskode til Naboskab',
    paragraphs: [
      'Nogen har bedt om at nulstille adgangskoden til din konto. Var det dig, så følg linket. Det virker én gang og udløber om {minutes} minutter.',
      'Var det ikke dig, kan du se bort fra denne e-mail: din adgangskode er ikke ændret.',
    ],
    action: 'Vælg en ny adgangskode',
  },
  en: {
    subject: 'Reset your Naboskab password',
    paragraphs: [
      'Someone asked to reset the password of your account. If it was you, follow the link. It works once and expires in {minutes} minutes.',
      'If it was not you, you can ignore this e-mail: your password has not changed.',
    ],
    action: 'Choose a new password',
  },
};

/** Sent when a password reset is requested for an account (domain/account/password-reset.ts). */
export const accountPasswordReset = defineMailKind<{ name: string; minutes: number; resetPath: string }>({
  sensitive: true,
  subject: (_data, locale) => words[locale].subject,
  reason: {
    da: 'nogen bad om at nulstille adgangskoden til din konto i Naboskab.',
    en: 'someone asked to reset the password of your Naboskab account.',
  },
  Body: ({ data, locale, url }) => (
    <AccountMessage
      name={data.name}
      locale={locale}
      paragraphs={words[locale].paragraphs.map((p) => fill(p, data))}
      action={{ label: words[locale].action ?? '', href: url(data.resetPath) }}
    />
  ),
});
