import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { NotificationPreferences } from '../../components/notifications/notification-preferences';
import { ViewerCardView } from '../../components/viewer-card';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('myPage.title') };
}

export default async function MyPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  // Relative target: the visitor stays on whatever host they came in on (see offline notes).
  if (!viewer) redirect('/log-ind?next=/min-side');
  return (
    <>
      <h1>{t('myPage.title')}</h1>
      <ViewerCardView viewer={viewer} t={t} />
      <NotificationPreferences />
    </>
  );
}
