import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CoordinatorHome, CoordinatorHomeQueryDocument } from '../../components/coordinator/coordinator-home';
import { getTranslator } from '../../lib/i18n/server';
import { serverQuery } from '../../lib/server/graphql';
import { getViewer } from '../../lib/server/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('coord.title') };
}

export default async function CoordinatorHomePage() {
  const [{ t, locale }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/koordinator');
  if (viewer.role !== 'COORDINATOR' && viewer.role !== 'ADMIN') redirect('/min-side');
  const data = await serverQuery(CoordinatorHomeQueryDocument);
  return (
    <>
      <h1>{t('coord.title')}</h1>
      <p>{t('coord.intro')}</p>
      <CoordinatorHome data={data} t={t} locale={locale} />
    </>
  );
}
