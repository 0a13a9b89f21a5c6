import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { CoordinatorVolunteers } from '../../../components/volunteers/coordinator-volunteers';
import { getTranslator } from '../../../lib/i18n/server';
import { getViewer } from '../../../lib/server/viewer';
import '../../../styles/volunteers.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('volunteers.coord.title') };
}

type Props = { searchParams: Promise<{ partnerskab?: string }> };

export default async function CoordinatorVolunteersPage({ searchParams }: Props) {
  const [{ t }, viewer, { partnerskab }] = await Promise.all([getTranslator(), getViewer(), searchParams]);
  if (!viewer) redirect('/log-ind?next=/koordinator/frivillige');
  if (viewer.role !== 'COORDINATOR' && viewer.role !== 'ADMIN') redirect('/min-side');
  return (
    <>
      <h1>{t('volunteers.coord.title')}</h1>
      <p>{t('volunteers.coord.intro')}</p>
      <CoordinatorVolunteers initialSlug={partnerskab} />
    </>
  );
}
