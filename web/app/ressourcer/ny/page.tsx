import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ResourceForm } from '../../../components/resources/resource-form';
import { getTranslator } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('resForm.offerTitle') };
}

export default async function OfferResourcePage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/ressourcer/ny');
  return (
    <>
      <h1>{t('resForm.offerTitle')}</h1>
      {viewer.role === 'COORDINATOR' || viewer.role === 'ADMIN' ? (
        <ResourceForm />
      ) : (
        <p className="status">{t('resForm.noPartnerships')}</p>
      )}
    </>
  );
}
