import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NotificationList } from '../../components/notifications/notification-list';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';
import '../styles/notifications.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('notifications.title') };
}

export default async function NotificationsPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/varsler');
  return (
    <>
      <h1>{t('notifications.title')}</h1>
      <p>{t('notifications.intro')}</p>
      <NotificationList />
    </>
  );
}
