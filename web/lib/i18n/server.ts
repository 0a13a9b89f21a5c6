import 'server-only';
import { cookies } from 'next/headers';
import { defaultLocale, isLocale, type Locale, localeCookie, type MessageKey, translator } from './messages';

// The UI locale is the visitor's explicit choice (cookie), never guessed from the browser, so
// server-rendered and client-rendered text always agree.
export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(localeCookie)?.value;
  return isLocale(value) ? value : defaultLocale;
}

export async function getTranslator() {
  const locale = await getLocale();
  return { locale, t: translator(locale) };
}

/** A page's <title> without the soft hyphens of its heading: history and bookmarks find it as typed. */
export async function pageTitle(key: MessageKey): Promise<string> {
  return (await getTranslator()).t(key).replaceAll('\u00ad', '');
}
