import { defineMailKind } from '../kind.ts';
import { AccountMessage, fill, type Words } from './account-parts.tsx';

const words: Record<'change' | 'verify', Words> = {
  change: {
    da: {
      subject: 'Bekræft din nye e-mailadresse til Naboskab',
      paragraphs: [
        'Du har bedt om at bruge denne adresse til din konto i Naboskab. Følg linket for at bekræfte. Det virker én gang og udløber {expires}.',
      ],
      action: 'Bekræft adressen',
    },
    en: {
      subject: 'Confirm your new Naboskab e-mail address',
      paragraphs: [
        'You asked to use this address for your Naboskab account. Follow the link to confirm. It works once and expires {expires}.',
      ],
      action: 'Confirm the address',
    },
  },
  verify: {
    da: {
      subject: 'Bekræft din e-mail til Naboskab',
      paragraphs: [
        'Tak for din tilmelding som frivillig. Følg linket for at bekræfte din e-mailadresse og logge ind. Først derefter ser koordinatorerne dine tilmeldinger. Linket udløber {expires}.',
      ],
      action: 'Bekræft og log ind',
    },
    en: {
      subject: 'Confirm your Naboskab e-mail',
      paragraphs: [
        'Thank you for registering as a volunteer. Follow the link to confirm your e-mail address and sign in. Only then do coordinators see your sign-ups. The link expires {expires}.',
      ],
      action: 'Confirm and sign in',
    },
  },
};

/** Sent to a new address (e-mail change) or a new volunteer (verification): a link proves the address. */
export const accountEmailConfirm = defineMailKind<{
  name: string;
  purpose: 'change' | 'verify';
  expires: string;
  confirmPath: string;
}>({
  sensitive: true,
  subject: (data, locale) => words[data.purpose][locale].subject,
  reason: {
    da: 'nogen har angivet denne adresse til en konto i Naboskab. Var det ikke dig, kan du se bort fra den.',
    en: 'someone gave this address for a Naboskab account. If it was not you, you can ignore it.',
  },
  Body: ({ data, locale, url }) => (
    <AccountMessage
      name={data.name}
      locale={locale}
      paragraphs={words[data.purpose][locale].paragraphs.map((p) => fill(p, data))}
      action={{ label: words[data.purpose][locale].action ?? '', href: url(data.confirmPath) }}
    />
  ),
});
