import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { MyCommitments } from '../../components/volunteers/my-commitments';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';
import '../../styles/volunteers.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('volunteers.mine.title') };
}

export default async function MyCommitmentsPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/mine-aftaler');
  return (
    <>
      <h1>{t('volunteers.mine.title')}</h1>
      <p>{t('volunteers.mine.intro')}</p>
      <MyCommitments />
    </>
  );
}
