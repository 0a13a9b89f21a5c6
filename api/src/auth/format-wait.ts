import type { Locale } from '../i18n.ts';

/** How long to wait, for people: "45 sekunder", "2 minutter" (whole minutes from one minute up). */
export function formatWait(locale: Locale, seconds: number): string {
  const [amount, unit] = seconds < 60 ? [seconds, 'second'] : [Math.ceil(seconds / 60), 'minute'];
  return new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'en-GB', {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(amount);
}
