import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Caseload } from '../../components/referrals/caseload';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';
import '../styles/referrals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('referrals.title') };
}

export default async function ReferralsPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/henvisninger');
  return (
    <>
      <h1>{t('referrals.title')}</h1>
      <p>{t('referrals.intro')}</p>
      <Caseload />
    </>
  );
}
