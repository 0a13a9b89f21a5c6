import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { ReadLog } from '../../../components/referrals/read-log';
import { getTranslator } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';
import '../../styles/referrals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('readLog.title') };
}

export default async function ReadLogPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/admin/laesninger');
  if (viewer.role !== 'ADMIN') notFound();
  return (
    <>
      <p>
        <Link href="/admin">{t('admin.title')}</Link>
      </p>
      <h1>{t('readLog.title')}</h1>
      <p>{t('readLog.intro')}</p>
      <ReadLog />
    </>
  );
}
