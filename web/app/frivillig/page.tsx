import type { Metadata } from 'next';
import { VolunteerExplorer } from '../../components/volunteers/volunteer-explorer';
import { getTranslator } from '../../lib/i18n/server';
import '../../styles/volunteers.css';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t('volunteers.title') };
}

export default async function VolunteerPage() {
  const { t } = await getTranslator();
  return (
    <>
      <h1>{t('volunteers.title')}</h1>
      <p>{t('volunteers.intro')}</p>
      <VolunteerExplorer />
    </>
  );
}
