import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SiteHeader } from '../components/site-header';
import { LocaleProvider } from '../lib/i18n/client';
import { messages } from '../lib/i18n/messages';
import { getTranslator } from '../lib/i18n/server';
import { getViewer } from '../lib/server/viewer';
import './globals.css';
import './styles/header-footer.css';
import './styles/forms.css';
import './styles/explorer.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return {
    title: { default: t('app.name'), template: `%s · ${t('app.name')}` },
    description: t('app.tagline'),
  };
}

export const viewport: Viewport = { themeColor: '#0f3d3e' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [{ locale, t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('a11y.skipToContent')}
        </a>
        {/* Only this language's catalogue goes to the browser. Apollo is not here: islands
            that query load it after hydration (useAppQuery). */}
        <LocaleProvider locale={locale} catalogue={messages[locale]}>
          <SiteHeader viewer={viewer} t={t} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <footer className="site-footer">
            <p>{t('footer.about')}</p>
            <p>{t('footer.attribution')}</p>
            <ul className="inline-list">
              <li>
                <Link href="/privatlivspolitik">{t('account.footer.privacy')}</Link>
              </li>
              <li>
                <Link href="/tilgaengelighed">{t('account.footer.accessibility')}</Link>
              </li>
            </ul>
          </footer>
        </LocaleProvider>
      </body>
    </html>
  );
}
