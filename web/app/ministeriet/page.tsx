import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { MinistryExplorer } from '../../components/ministry/ministry-explorer';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';
import '../styles/ministry.css';
import '../styles/referrals.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('nav.ministryMap') };
}

// The ministry's map of every funded partnership. The filters live in the URL (read on the client).
export default async function MinistryPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/ministeriet');
  if (viewer.role !== 'MINISTRY' && viewer.role !== 'ADMIN') {
    return (
      <>
        <h1>{t('ministry.title')}</h1>
        <p role="alert">{t('ministry.forbidden')}</p>
      </>
    );
  }
  return (
    <div className="ministry-page">
      <h1>{t('ministry.title')}</h1>
      <p>{t('ministry.intro')}</p>
      <Suspense fallback={<p role="status">{t('ministry.loading')}</p>}>
        <MinistryExplorer />
      </Suspense>
    </div>
  );
}
