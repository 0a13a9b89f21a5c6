import { defineMailKind } from '../kind.ts';
import { AccountMessage, fill, type Words } from './account-parts.tsx';

const words: Record<'emailChanged' | 'registrationAttempt', Words> = {
  emailChanged: {
    da: {
      subject: 'E-mailadressen til din konto i Naboskab er ændret',
      paragraphs: [
        'Din konto bruger nu adressen {newEmail}. Denne adresse får ikke længere e-mails fra Naboskab.',
        'Var det ikke dig, så kontakt en administrator med det samme.',
      ],
    },
    en: {
      subject: 'The e-mail address of your Naboskab account has changed',
      paragraphs: [
        'Your account now uses the address {newEmail}. This address no longer gets e-mails from Naboskab.',
        'If it was not you, contact an administrator at once.',
      ],
    },
  },
  registrationAttempt: {
    da: {
      subject: 'Nogen forsøgte at oprette en konto med din e-mail',
      paragraphs: [
        'Nogen forsøgte at oprette en konto som frivillig i Naboskab med denne adresse, men du har allerede en konto.',
        'Var det dig, så log ind, eller vælg en ny adgangskode, hvis du har glemt den. Ellers kan du se bort fra denne e-mail.',
      ],
      action: 'Glemt adgangskode',
    },
    en: {
      subject: 'Someone tried to create an account with your e-mail',
      paragraphs: [
        'Someone tried to register as a volunteer in Naboskab with this address, but you already have an account.',
        'If it was you, sign in, or choose a new password if you have forgotten it. Otherwise you can ignore this e-mail.',
      ],
      action: 'Forgotten password',
    },
  },
};

/** Notices to an account's owner: their address changed, or someone tried to register with it. */
export const accountNotice = defineMailKind<{
  name: string;
  notice: 'emailChanged' | 'registrationAttempt';
  newEmail: string | null;
}>({
  sensitive: false,
  subject: (data, locale) => words[data.notice][locale].subject,
  reason: {
    da: 'det vedrører din konto i Naboskab.',
    en: 'it concerns your Naboskab account.',
  },
  Body: ({ data, locale, url }) => {
    const text = words[data.notice][locale];
    return (
      <AccountMessage
        name={data.name}
        locale={locale}
        paragraphs={text.paragraphs.map((p) => fill(p, { newEmail: data.newEmail ?? '' }))}
        action={text.action ? { label: text.action, href: url('/glemt-adgangskode') } : undefined}
      />
    );
  },
});
