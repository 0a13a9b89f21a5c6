import Link from 'next/link';
import type { Translate } from '../lib/i18n/messages';
import { navigationFor } from '../lib/navigation';
import type { Viewer } from '../lib/server/viewer';
import { LanguageSwitch } from './language-switch';
import { NavLink } from './nav-link';
import { NotificationBell } from './notifications/notification-bell';
import { SignOutButton } from './sign-out-button';

// Server-rendered from the session, so the right links show on first paint without a flash.
export function SiteHeader({ viewer, t }: { viewer: Viewer | null; t: Translate }) {
  const items = navigationFor(viewer?.role ?? null);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="brand">
          {t('app.name')}
          <span className="brand__tagline">{t('app.tagline')}</span>
        </Link>
        <nav aria-label={t('a11y.mainNav')} className="main-nav">
          <ul>
            {items.map((item) => (
              <li key={item.href}>
                <NavLink href={item.href}>{t(item.label)}</NavLink>
              </li>
            ))}
            {viewer && (
              <li>
                <NotificationBell unread={viewer.unreadNotificationCount} t={t} />
              </li>
            )}
            {viewer && (
              <li>
                <SignOutButton />
              </li>
            )}
          </ul>
        </nav>
        <LanguageSwitch signedIn={viewer !== null} />
      </div>
    </header>
  );
}
