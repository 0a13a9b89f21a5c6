import type { Locale } from '../i18n.ts';

// Zod's built-in issues in words written for people ("Højst 200 tegn."), not zod's own locale
// bundles ("For stor: forventede streng havde <= 200 tegn"). i18n.ts encodes each issue without
// its input (which may be personal data), keeping only whether a value was given at all.

export type EncodedIssue = {
  code?: string;
  origin?: string;
  expected?: string;
  format?: string;
  minimum?: number | string;
  maximum?: number | string;
  inclusive?: boolean;
  divisor?: number;
  /** Set by i18n.ts: the field was left out or empty. */
  missing?: boolean;
};

type Words = Record<Locale, (n: string) => string>;
const w = (da: Words['da'], en: Words['en']): Words => ({ da, en });

const words = {
  required: w(
    () => 'Feltet skal udfyldes.',
    () => 'This field is required.',
  ),
  maxChars: w(
    (n) => `Højst ${n} tegn.`,
    (n) => `At most ${n} characters.`,
  ),
  minChars: w(
    (n) => `Mindst ${n} tegn.`,
    (n) => `At least ${n} characters.`,
  ),
  max: w(
    (n) => `Må højst være ${n}.`,
    (n) => `Must be at most ${n}.`,
  ),
  below: w(
    (n) => `Skal være mindre end ${n}.`,
    (n) => `Must be less than ${n}.`,
  ),
  min: w(
    (n) => `Skal være mindst ${n}.`,
    (n) => `Must be at least ${n}.`,
  ),
  above: w(
    (n) => `Skal være mere end ${n}.`,
    (n) => `Must be more than ${n}.`,
  ),
  notNegative: w(
    () => 'Må ikke være negativ.',
    () => 'Must not be negative.',
  ),
  chooseAtLeast: w(
    (n) => (n === '1' ? 'Vælg mindst én.' : `Vælg mindst ${n}.`),
    (n) => (n === '1' ? 'Choose at least one.' : `Choose at least ${n}.`),
  ),
  chooseAtMost: w(
    (n) => `Vælg højst ${n}.`,
    (n) => `Choose at most ${n}.`,
  ),
  dateFrom: w(
    (n) => `Datoen må tidligst være ${n}.`,
    (n) => `The date must be ${n} or later.`,
  ),
  dateTo: w(
    (n) => `Datoen må senest være ${n}.`,
    (n) => `The date must be ${n} or earlier.`,
  ),
  wholeNumber: w(
    () => 'Skriv et helt tal.',
    () => 'Enter a whole number.',
  ),
  number: w(
    () => 'Skriv et tal.',
    () => 'Enter a number.',
  ),
  email: w(
    () => 'Skriv en gyldig e-mailadresse.',
    () => 'Enter a valid e-mail address.',
  ),
  url: w(
    () => 'Skriv en gyldig webadresse, fx https://eksempel.dk.',
    () => 'Enter a valid web address, e.g. https://example.com.',
  ),
  date: w(
    () => 'Skriv en gyldig dato.',
    () => 'Enter a valid date.',
  ),
  dateTime: w(
    () => 'Skriv en gyldig dato og et gyldigt klokkeslæt.',
    () => 'Enter a valid date and time.',
  ),
  format: w(
    () => 'Feltet er ikke udfyldt i det rigtige format.',
    () => 'This field is not in the right format.',
  ),
  choice: w(
    () => 'Vælg en af mulighederne.',
    () => 'Choose one of the options.',
  ),
  multipleOf: w(
    (n) => `Skal gå op i ${n}.`,
    (n) => `Must be a multiple of ${n}.`,
  ),
  invalid: w(
    () => 'Feltet er ikke udfyldt korrekt.',
    () => 'This field is not filled in correctly.',
  ),
};

const formats: Record<string, keyof typeof words> = {
  email: 'email',
  url: 'url',
  date: 'date',
  datetime: 'dateTime',
  uuid: 'choice',
  guid: 'choice',
};

function number(locale: Locale, value: number | string | undefined, origin: string | undefined): string {
  if (origin === 'date') {
    return new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
      dateStyle: 'long',
      timeZone: 'Europe/Copenhagen',
    }).format(new Date(Number(value)));
  }
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB').format(Number(value));
}

function choose(issue: EncodedIssue): [keyof typeof words, (number | string)?] {
  const { code, origin, inclusive = true } = issue;
  const collection = origin === 'array' || origin === 'set';
  if (issue.missing && (code === 'invalid_type' || code === 'too_small')) return ['required'];
  switch (code) {
    case 'too_big':
      if (origin === 'string') return ['maxChars', issue.maximum];
      if (collection) return ['chooseAtMost', issue.maximum];
      if (origin === 'date') return ['dateTo', issue.maximum];
      return inclusive ? ['max', issue.maximum] : ['below', issue.maximum];
    case 'too_small':
      if (origin === 'string') return Number(issue.minimum) <= 1 ? ['required'] : ['minChars', issue.minimum];
      if (collection) return ['chooseAtLeast', issue.minimum];
      if (origin === 'date') return ['dateFrom', issue.minimum];
      if (Number(issue.minimum) === 0) return inclusive ? ['notNegative'] : ['above', 0];
      return inclusive ? ['min', issue.minimum] : ['above', issue.minimum];
    case 'invalid_type':
      if (issue.expected === 'int') return ['wholeNumber'];
      if (issue.expected === 'number' || issue.expected === 'bigint') return ['number'];
      return ['invalid'];
    case 'invalid_format':
      return [formats[issue.format ?? ''] ?? 'format'];
    case 'invalid_value':
      return ['choice'];
    case 'not_multiple_of':
      return issue.divisor === 1 ? ['wholeNumber'] : ['multipleOf', issue.divisor];
    default:
      return ['invalid'];
  }
}

/** A zod issue (as encoded by i18n.ts) in the request's language. */
export function describeIssue(issue: EncodedIssue, locale: Locale): string {
  const [key, value] = choose(issue);
  return words[key][locale](value === undefined ? '' : number(locale, value, issue.origin));
}
