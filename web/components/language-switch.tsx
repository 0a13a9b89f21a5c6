'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { graphql } from '../gql';
import { useLocale, useT } from '../lib/i18n/client';
import { type Locale, localeCookie } from '../lib/i18n/locale';
import { MutationAlert } from './ui/mutation-alert';
import { useMutationResult } from './ui/use-mutation-result';

const SetLocaleMutation = graphql(`
  mutation SetLocale($locale: Locale!) {
    setLocale(locale: $locale)
  }
`);

const options: { locale: Locale; short: string; name: string }[] = [
  { locale: 'da', short: 'DA', name: 'Dansk' },
  { locale: 'en', short: 'EN', name: 'English' },
];

// The cookie decides the UI language for everyone; a signed-in user's choice is also saved on
// their account so e-mails and API messages follow it.
export function LanguageSwitch({ signedIn }: { signedIn: boolean }) {
  const current = useLocale();
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const saving = useMutationResult();

  function choose(locale: Locale) {
    if (locale === current) return;
    // biome-ignore lint/suspicious/noDocumentCookie: cookieStore is not in every browser we support
    document.cookie = `${localeCookie}=${locale}; path=/; max-age=31536000; samesite=lax`;
    // The cookie already applies; a failure to save it on the account is said, not hidden.
    if (signedIn) void saving.run(SetLocaleMutation, { locale: locale === 'da' ? 'DA' : 'EN' });
    startTransition(() => router.refresh());
  }

  return (
    <fieldset className="language-switch" aria-busy={pending}>
      <legend className="visually-hidden">{t('a11y.languageSwitch')}</legend>
      {options.map((o) => (
        <button
          key={o.locale}
          type="button"
          lang={o.locale}
          aria-pressed={o.locale === current}
          onClick={() => choose(o.locale)}
        >
          <span aria-hidden="true">{o.short}</span>
          <span className="visually-hidden">{o.name}</span>
        </button>
      ))}
      <MutationAlert result={saving} showStatus={false} />
    </fieldset>
  );
}
