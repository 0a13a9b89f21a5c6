'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { defaultLocale, type Locale, type Translate, translate } from './locale';
import type { Messages } from './messages';

// The page's language and its catalogue only (the layout passes it from the server).
const LocaleContext = createContext<{ locale: Locale; catalogue: Messages | null }>({
  locale: defaultLocale,
  catalogue: null,
});

export function LocaleProvider({
  locale,
  catalogue,
  children,
}: {
  locale: Locale;
  catalogue: Messages;
  children: ReactNode;
}) {
  const value = useMemo(() => ({ locale, catalogue }), [locale, catalogue]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

/** The page's catalogue, e.g. to ask whether a key exists. */
export function useCatalogue(): Messages {
  const { catalogue } = useContext(LocaleContext);
  if (!catalogue) throw new Error('useCatalogue outside LocaleProvider');
  return catalogue;
}

export function useT(): Translate {
  const { locale } = useContext(LocaleContext);
  const catalogue = useCatalogue();
  return useMemo(() => translate(locale, catalogue), [locale, catalogue]);
}
