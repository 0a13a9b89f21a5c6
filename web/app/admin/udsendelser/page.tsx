import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { OutboxList } from '../../../components/admin/outbox-list';
import { getTranslator } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';
import '../../styles/outbox.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('outbox.title') };
}

export default async function OutboxPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/admin/udsendelser');
  if (viewer.role !== 'ADMIN') notFound();
  return (
    <>
      <p>
        <Link href="/admin">{t('admin.title')}</Link>
      </p>
      <h1>{t('outbox.title')}</h1>
      <p>{t('outbox.intro')}</p>
      <OutboxList />
    </>
  );
}
