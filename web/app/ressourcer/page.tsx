import type { Metadata } from 'next';
import Link from 'next/link';
import { forbidden, redirect } from 'next/navigation';
import { ResourceSearch } from '../../components/resources/resource-search';
import { getTranslator } from '../../lib/i18n/server';
import { getViewer } from '../../lib/server/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('res.title') };
}

export default async function ResourcesPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/ressourcer');
  // The API shows the ministry no resources (`readers` in api/src/schema/resource/queries.ts):
  // refused as a resource's own page is (403, forbidden.tsx), not sent elsewhere without a word.
  if (viewer.role === 'MINISTRY') forbidden();
  return (
    <>
      <h1>{t('res.title')}</h1>
      <p>{t('res.intro')}</p>
      {(viewer.role === 'COORDINATOR' || viewer.role === 'ADMIN') && (
        <p className="button-row">
          <Link className="button" href="/ressourcer/ny">
            {t('res.offer')}
          </Link>
          <Link className="button button--secondary" href="/mine-bookinger">
            {t('nav.myBookings')}
          </Link>
        </p>
      )}
      <ResourceSearch />
    </>
  );
}
