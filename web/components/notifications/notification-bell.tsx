import type { Translate } from '../../lib/i18n/messages';
import { NavLink } from '../nav-link';

// Rendered on the server with the page, so the count is right on first paint; pages that mark
// notifications read call router.refresh() to update it.
export function NotificationBell({ unread, t }: { unread: number; t: Translate }) {
  const label = unread > 0 ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell');
  return (
    <NavLink href="/varsler">
      <span className="notification-bell">
        <span className="visually-hidden">{label}</span>
        <span aria-hidden="true">{t('notifications.bell')}</span>
        {unread > 0 && (
          <span className="notification-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </span>
    </NavLink>
  );
}
