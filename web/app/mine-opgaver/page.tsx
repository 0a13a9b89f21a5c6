import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { MyTasks } from '../../components/meetings/my-tasks';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';
import '../../styles/meetings.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('meetings.myTasks') };
}

export default async function MyTasksPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/mine-opgaver');
  return (
    <>
      <h1>{t('meetings.myTasks')}</h1>
      <p>{t('meetings.myTasksIntro')}</p>
      <MyTasks />
    </>
  );
}
