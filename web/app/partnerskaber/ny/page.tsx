import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { PartnershipForm } from '../../../components/partnership-form';
import { getTranslator } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';
import '../../styles/partnerships.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('partnershipForm.newTitle') };
}

export default async function NewPartnershipPage() {
  const [{ t }, viewer] = await Promise.all([getTranslator(), getViewer()]);
  if (!viewer) redirect('/log-ind?next=/partnerskaber/ny');
  if (viewer.role !== 'COORDINATOR' && viewer.role !== 'ADMIN') notFound();
  return (
    <>
      <h1>{t('partnershipForm.newTitle')}</h1>
      <PartnershipForm />
    </>
  );
}
