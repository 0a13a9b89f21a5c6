import { defineMailKind } from '../kind.ts';
import { AccountMessage, fill, type Words } from './account-parts.tsx';

const words: Words = {
  da: {
    subject: 'Du er inviteret til Naboskab',
    paragraphs: [
      '{inviter} har inviteret dig til Naboskab som {role}{where}.',
      'Følg linket for at vælge en adgangskode eller logge ind med din organisations konto. Linket virker én gang og udløber {expires}.',
    ],
    action: 'Tag imod invitationen',
  },
  en: {
    subject: 'You are invited to Naboskab',
    paragraphs: [
      '{inviter} has invited you to Naboskab as {role}{where}.',
      "Follow the link to choose a password or sign in with your organisation's account. The link works once and expires {expires}.",
    ],
    action: 'Accept the invitation',
  },
};

/** Sent when someone is invited or an invitation is resent (domain/account/invitations.ts). */
export const accountInvitation = defineMailKind<{
  name: string;
  inviter: string;
  role: string;
  where: string;
  expires: string;
  acceptPath: string;
}>({
  sensitive: true,
  subject: (_data, locale) => words[locale].subject,
  reason: {
    da: 'nogen har inviteret denne adresse til Naboskab. Har du ikke ventet det, kan du se bort fra den.',
    en: 'someone invited this address to Naboskab. If you did not expect it, you can ignore it.',
  },
  Body: ({ data, locale, url }) => (
    <AccountMessage
      name={data.name}
      locale={locale}
      paragraphs={words[locale].paragraphs.map((p) => fill(p, data))}
      action={{ label: words[locale].action ?? '', href: url(data.acceptPath) }}
    />
  ),
});
