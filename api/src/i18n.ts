import { z } from 'zod';
import { accountMessages } from './messages/account.ts';
import { describeIssue } from './messages/issue.ts';
import { mailMessages } from './messages/mail.ts';
import { meetingMessages } from './messages/meeting.ts';
import { ministryMessages } from './messages/ministry.ts';
import { notificationMessages } from './messages/notification.ts';
import { partnershipMessages } from './messages/partnership.ts';
import { referralMessages } from './messages/referral.ts';
import { resourceMessages } from './messages/resource.ts';
import { volunteerMessages } from './messages/volunteer.ts';

export type Locale = 'da' | 'en';

export type Catalogue = Record<string, Record<Locale, string>>;

// Messages the API writes itself; each capability adds its own in messages/<noun>.ts.
// Zod's own issues are translated by its locale bundles.
const coreMessages = {
  'input.invalid': {
    da: 'Nogle felter er ikke udfyldt korrekt.',
    en: 'Some fields are not filled in correctly.',
  },
  'input.nul': {
    da: 'Teksten i {path} indeholder et ugyldigt tegn (NUL).',
    en: 'The text in {path} holds an invalid character (NUL).',
  },
  'auth.signInRequired': { da: 'Du skal være logget ind.', en: 'You must be signed in.' },
  'query.tooCostly': {
    da: 'Forespørgslen beder om for mange rækker på én gang ({cost} værdier, højst {max}). Bed om mindre sider.',
    en: 'The query asks for too many rows at once ({cost} values, at most {max}). Ask for smaller pages.',
  },
  'auth.forbidden': { da: 'Du har ikke adgang til dette.', en: 'You are not allowed to do this.' },
  'auth.wrongCredentials': { da: 'Forkert e-mail eller adgangskode.', en: 'Wrong e-mail or password.' },
  'auth.tooManyAttempts': {
    da: 'For mange forkerte forsøg på at logge ind. Vent {wait}, og prøv igen.',
    en: 'Too many failed sign-in attempts. Wait {wait} and try again.',
  },
  'auth.tooManyAnonymousWrites': {
    da: 'For mange ændringer fra din adresse uden at være logget ind. Vent {wait}, og prøv igen.',
    en: 'Too many changes from your address without signing in. Wait {wait} and try again.',
  },
  'auth.emailTaken': {
    da: 'Der findes allerede en konto med denne e-mail.',
    en: 'An account with this e-mail already exists.',
  },
  'auth.consentRequired': {
    da: 'Du skal give samtykke for at oprette en konto.',
    en: 'You must consent to create an account.',
  },
  'password.tooShort': {
    da: 'Adgangskoden skal have mindst 10 tegn.',
    en: 'The password must have at least 10 characters.',
  },
  'password.common': {
    da: 'Adgangskoden er en af de mest brugte eller lækkede adgangskoder. Vælg en anden, gerne et par ord, der ikke hører sammen.',
    en: 'This password is one of the most used or leaked passwords. Choose another, for example a few unrelated words.',
  },
  'password.repeated': {
    da: 'Adgangskoden er for let at gætte: den gentager de samme tegn.',
    en: 'The password is too easy to guess: it repeats the same characters.',
  },
  'password.sequential': {
    da: 'Adgangskoden er for let at gætte: den følger en række, som 1234 eller abcd.',
    en: 'The password is too easy to guess: it follows a sequence, like 1234 or abcd.',
  },
  'password.personal': {
    da: 'Adgangskoden må ikke bygge på din e-mail eller dit navn.',
    en: 'The password must not be based on your e-mail or name.',
  },
  'password.guessable': {
    da: 'Adgangskoden er for let at gætte. Gør den længere, gerne med et par ord, der ikke hører sammen.',
    en: 'The password is too easy to guess. Make it longer, for example with a few unrelated words.',
  },
  'date.tooFar.booking': {
    da: 'En booking kan højst ligge 2 år ude i fremtiden.',
    en: 'A booking can be at most 2 years ahead.',
  },
  'date.tooFar.meeting': {
    da: 'Et møde kan højst planlægges 5 år ude i fremtiden.',
    en: 'A meeting can be planned at most 5 years ahead.',
  },
  'date.tooFar.shift': {
    da: 'En vagt kan højst ligge 2 år ude i fremtiden.',
    en: 'A shift can be at most 2 years ahead.',
  },
  'email.invalid': { da: 'Skriv en gyldig e-mailadresse.', en: 'Enter a valid e-mail address.' },
  'field.required': { da: 'Feltet skal udfyldes.', en: 'This field is required.' },
  'phone.invalid': { da: 'Skriv et gyldigt telefonnummer.', en: 'Enter a valid phone number.' },
  'cvr.invalid': {
    da: 'CVR-nummeret er ikke gyldigt (8 cifre med kontrolciffer).',
    en: 'The CVR number is not valid (8 digits with a check digit).',
  },
  notFound: {
    da: 'Det findes ikke, eller du har ikke adgang til det.',
    en: 'It does not exist, or you have no access to it.',
  },
  'conflict.unique': {
    da: 'Der findes allerede en post med {fields}.',
    en: 'A record with {fields} already exists.',
  },
  'id.invalid': { da: "Id'et er ikke gyldigt.", en: 'The id is not valid.' },
  'id.tooMany': { da: "Højst 100 id'er ad gangen.", en: 'At most 100 ids at a time.' },
  'cursor.invalid': {
    da: 'Sidemarkøren er ikke gyldig: hent listen forfra.',
    en: 'The page cursor is not valid: load the list from the start.',
  },
} as const satisfies Catalogue;

const messages = {
  ...coreMessages,
  ...accountMessages,
  ...mailMessages,
  ...meetingMessages,
  ...ministryMessages,
  ...notificationMessages,
  ...partnershipMessages,
  ...referralMessages,
  ...resourceMessages,
  ...volunteerMessages,
};

export type MessageKey = keyof typeof messages;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages, key);
}

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return messages[key][locale].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? `{${name}}`),
  );
}

/** The locale of a request: explicit header or cookie, else Accept-Language, else Danish. */
export function localeOf(request: Request): Locale {
  const cookie = request.headers.get('cookie') ?? '';
  const fromCookie = /(?:^|;\s*)naboskab_locale=(da|en)\b/.exec(cookie)?.[1];
  if (fromCookie === 'da' || fromCookie === 'en') return fromCookie;
  const accept = (request.headers.get('accept-language') ?? '').toLowerCase();
  const first = accept.split(',')[0]?.trim() ?? '';
  return first.startsWith('en') ? 'en' : 'da';
}

// Zod issues carry no locale, so the global error map encodes built-in issues (prefix §) for
// `translateIssue` to render in the request's language (messages/issue.ts). The input itself is
// left out (it may be personal data); only whether anything was given is kept.
// Custom messages are catalogue keys.
z.config({
  customError: (issue) => {
    const { input, inst: _inst, ...rest } = issue as Record<string, unknown>;
    const missing =
      input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
    // BigInt limits (e.g. amounts in øre) are not JSON: carry them as numbers.
    return `§${JSON.stringify({ ...rest, missing }, (_key, value) => (typeof value === 'bigint' ? Number(value) : value))}`;
  },
});

export function translateIssue(message: string, locale: Locale): string {
  if (message.startsWith('§')) return describeIssue(JSON.parse(message.slice(1)), locale);
  return isMessageKey(message) ? t(locale, message) : message;
}
