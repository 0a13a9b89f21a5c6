// Locales and the translate function, without the catalogues: client code imports this, so a
// page's bundle holds no messages; the layout hands the client its own language's catalogue.
import type { MessageKey, Messages } from './messages';

export const locales = ['da', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'da';
export const localeCookie = 'naboskab_locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

// Plurals the language's own way (Intl.PluralRules), written in the catalogue as
// "{count, plural, one {# partnerskab} other {# partnerskaber}}"; # is the value as passed.
const pluralPattern = /\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}/g;
const pluralRules: Record<Locale, Intl.PluralRules> = {
  da: new Intl.PluralRules('da-DK'),
  en: new Intl.PluralRules('en-GB'),
};

export function translate(locale: Locale, catalogue: Messages): Translate {
  return (key, vars) =>
    catalogue[key]
      .replace(pluralPattern, (match, name: string, one: string, other: string) => {
        if (!vars || !(name in vars)) return match;
        // Counts may arrive formatted ("1.234"): the digits decide the form.
        const count = Number(String(vars[name]).replace(/[^\d-]/g, ''));
        return (pluralRules[locale].select(count) === 'one' ? one : other).replaceAll(
          '#',
          String(vars[name]),
        );
      })
      .replace(/\{(\w+)\}/g, (match, name: string) => (vars && name in vars ? String(vars[name]) : match));
}
