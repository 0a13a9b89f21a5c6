import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CalendarFeeds } from '../../../components/meetings/calendar-feeds';
import { getTranslator, pageTitle } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';
import '../../../styles/meetings.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: await pageTitle('calendar.title') };
}

export default async function CalendarFeedsPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/min-side/kalender');
  return (
    <>
      <h1>{t('calendar.title')}</h1>
      <p>{t('calendar.intro')}</p>
      <CalendarFeeds />
    </>
  );
}
